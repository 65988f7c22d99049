import CLibXML2
import Foundation

/// Lets an XSD compiled from memory import the schema documents that ship next to it
/// (`<xs:import schemaLocation="mlo.xsd"/>`), and nothing else.
///
/// libxml2 fetches imported schema documents through its process-wide external-entity
/// loader, which ``SafeXMLReader`` sets to refuse everything. This chains one more loader
/// in front of it: while ``compile(dependencies:_:)`` runs, a request whose last path
/// component names one of the given files is answered from memory; every other request —
/// and every request outside such a call — still goes to the refusing loader. No file is
/// opened and no URL fetched by libxml2 at any time.
enum BundledSchemaLoader {
    private static let compileLock = NSLock()
    private static let registryLock = NSLock()
    /// NUL-terminated copies of the registered documents by file name; guarded by `registryLock`.
    nonisolated(unsafe) private static var documents: [String: UnsafeMutablePointer<xmlChar>] = [:]
    /// The loader that was installed before this one (the refusing one); written once.
    nonisolated(unsafe) private static var previous: xmlExternalEntityLoader?

    private static let installed: Void = {
        SafeXMLReader.prepareLibrary()
        previous = xmlGetExternalEntityLoader()
        xmlSetExternalEntityLoader(load)
    }()

    /// Runs `body` (which compiles a schema) with `dependencies` available as imports by file name.
    static func compile<Result>(
        dependencies: [URL], _ body: () throws(ContentError) -> Result
    ) throws(ContentError) -> Result {
        _ = installed
        compileLock.lock()
        defer { compileLock.unlock() }
        var registered: [String: UnsafeMutablePointer<xmlChar>] = [:]
        for url in dependencies {
            let data: Data
            do {
                data = try Data(contentsOf: url)
            } catch {
                free(registered)
                throw .unreadable(file: url.relativePath, reason: SafeXMLReader.reason(error))
            }
            let buffer = UnsafeMutablePointer<xmlChar>.allocate(capacity: data.count + 1)
            data.copyBytes(to: buffer, count: data.count)
            buffer[data.count] = 0
            registered[url.lastPathComponent] = buffer
        }
        registryLock.lock()
        documents = registered
        registryLock.unlock()
        defer {
            registryLock.lock()
            documents = [:]
            registryLock.unlock()
            free(registered)
        }
        return try body()
    }

    private static func free(_ buffers: [String: UnsafeMutablePointer<xmlChar>]) {
        for buffer in buffers.values { buffer.deallocate() }
    }

    private static let load: xmlExternalEntityLoader = { url, id, context in
        if let url, let context {
            let name = String(cString: url).split(separator: "/").last.map(String.init) ?? ""
            BundledSchemaLoader.registryLock.lock()
            let document = BundledSchemaLoader.documents[name]
            BundledSchemaLoader.registryLock.unlock()
            if let document, let input = xmlNewStringInputStream(context, document) {
                input.pointee.filename = UnsafeRawPointer(xmlCharStrdup(name)).map {
                    $0.assumingMemoryBound(to: CChar.self)
                }
                return input
            }
        }
        return BundledSchemaLoader.previous?(url, id, context)
    }
}
