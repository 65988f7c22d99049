import CLibXML2
import Foundation

/// Reads untrusted XML with libxml2: parses, optionally validates against an XSD, and
/// hands back plain Swift values.
///
/// Every file is treated as hostile:
/// - no network (`XML_PARSE_NONET`) and an external-entity loader that refuses every URL,
///   so no DTD, entity, schema import or XInclude is ever fetched;
/// - any `<!DOCTYPE …>` stops the parse at once, so no entity can be declared, let alone
///   expanded (entity bombs and `file:///etc/passwd` references die there);
/// - libxml2's nesting limit (256) stays on, `XML_PARSE_HUGE` stays off;
/// - input must be well-formed and correctly encoded (invalid UTF-8 is rejected);
/// - files larger than ``maximumBytes``, and files with more attributes on one element or more
///   elements than ``XMLWorkBounds/tree`` allows, are refused before parsing.
///
/// Every libxml2 object made here is freed before the call returns.
public struct SafeXMLReader: Sendable {
    /// The default size limit: 64 MiB.
    public static let defaultMaximumBytes = 64 << 20

    /// The largest file accepted, in bytes.
    public var maximumBytes: Int

    /// Creates a reader that accepts files up to `maximumBytes`.
    public init(maximumBytes: Int = SafeXMLReader.defaultMaximumBytes) {
        self.maximumBytes = maximumBytes
    }

    /// Reads and parses the file at `url`, validating it against `schema` when given.
    public func read(contentsOf url: URL, schema: XMLSchema? = nil) throws(ContentError) -> XMLElementNode {
        try read(data: try load(url), fileName: url.relativePath, schema: schema)
    }

    /// Parses `data`, validating it against `schema` when given; `fileName` names it in diagnostics.
    public func read(data: Data, fileName: String, schema: XMLSchema? = nil) throws(ContentError) -> XMLElementNode {
        guard data.count <= maximumBytes else {
            throw .tooLarge(file: fileName, bytes: data.count, limit: maximumBytes)
        }
        // The same first checks as the streaming reader, so both modes say the same of the same file.
        if let problem = XMLPrologScanner.problem(in: data) {
            throw .invalid([XMLDiagnostic(file: fileName, line: 1, column: 1, message: problem)])
        }
        try XMLWorkBounds.tree.check(data, fileName: fileName)
        Self.prepareLibrary()
        let sink = DiagnosticSink(file: fileName)
        guard let context = xmlNewParserCtxt() else {
            throw .unreadable(file: fileName, reason: "libxml2 could not create a parser")
        }
        defer { xmlFreeParserCtxt(context) }
        context.pointee._private = sink.opaque
        context.pointee.sax.pointee.serror = Self.parserErrorHandler
        context.pointee.sax.pointee.internalSubset = Self.rejectDocumentType

        let document: xmlDocPtr? = data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return xmlCtxtReadMemory(context, base, Int32(buffer.count), fileName, nil, Self.parseOptions)
        }
        defer { if let document { xmlFreeDoc(document) } }

        guard let document, context.pointee.wellFormed != 0, sink.diagnostics.isEmpty else {
            if sink.diagnostics.isEmpty {
                sink.record(line: 0, column: 0, message: "is not well-formed XML")
            }
            throw .invalid(sink.diagnostics)
        }
        guard let root = xmlDocGetRootElement(document) else {
            throw .invalid([XMLDiagnostic(file: fileName, line: 0, column: 0, message: "has no root element")])
        }
        let columns = ElementColumns(root: root, source: data)
        if let schema {
            sink.columns = columns
            schema.validate(document, into: sink)
            guard sink.diagnostics.isEmpty else { throw .invalid(sink.diagnostics) }
        }
        return Self.node(from: root, columns: columns)
    }

    private func load(_ url: URL) throws(ContentError) -> Data {
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            if let size = (attributes[.size] as? NSNumber)?.intValue, size > maximumBytes {
                throw ContentError.tooLarge(file: url.relativePath, bytes: size, limit: maximumBytes)
            }
            return try Data(contentsOf: url)
        } catch let error as ContentError {
            throw error
        } catch {
            throw .unreadable(file: url.relativePath, reason: Self.reason(error))
        }
    }

    /// A handle reading the file at `url`, or the error naming `fileName`.
    static func handle(reading url: URL, fileName: String) throws(ContentError) -> FileHandle {
        do {
            return try FileHandle(forReadingFrom: url)
        } catch {
            throw .unreadable(file: fileName, reason: reason(error))
        }
    }

    static func reason(_ error: any Error) -> String {
        let cocoa = error as NSError
        if cocoa.domain == NSCocoaErrorDomain, cocoa.code == NSFileReadNoSuchFileError { return "no such file" }
        return error.localizedDescription
    }

    // MARK: - libxml2 set-up

    private static let parseOptions = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue)

    private static let libraryPrepared: Void = {
        xmlInitParser()
        xmlSetExternalEntityLoader(refuseExternalEntity)
    }()

    /// Initialises libxml2 once and installs the loader that refuses every external resource.
    static func prepareLibrary() {
        _ = libraryPrepared
        // Errors that reach libxml2's per-thread generic handler would go to stderr; every
        // error we care about arrives through a structured handler instead.
        leerpad_silenceGenericErrors()
    }

    /// Refuses every external resource: DTDs, entities, schema imports, XIncludes.
    private static let refuseExternalEntity: xmlExternalEntityLoader = { url, _, context in
        if let context, let sink = DiagnosticSink.from(context.pointee._private) {
            let target = url.map { String(cString: $0) } ?? "?"
            let line = context.pointee.input.map { Int($0.pointee.line) } ?? 0
            sink.record(
                line: line, column: 0,
                message: "refers to the external resource \"\(target)\"; Leerpad never loads external resources")
        }
        return nil
    }

    /// Parser errors: libxml2 passes the parser context; the sink lives in its `_private`.
    private static let parserErrorHandler: xmlStructuredErrorFunc = { _, error in
        guard let error,
            let context = error.pointee.ctxt?.assumingMemoryBound(to: xmlParserCtxt.self),
            let sink = DiagnosticSink.from(context.pointee._private)
        else { return }
        sink.record(error.pointee)
    }

    /// Stops the parse at the first `<!DOCTYPE`: Leerpad's formats need no DTD, and a DTD is
    /// where entity bombs and external entities live.
    private static let rejectDocumentType: internalSubsetSAXFunc = { userData, name, _, _ in
        guard let context = userData?.assumingMemoryBound(to: xmlParserCtxt.self) else { return }
        if let sink = DiagnosticSink.from(context.pointee._private) {
            let line = context.pointee.input.map { Int($0.pointee.line) } ?? 0
            let column = context.pointee.input.map { Int($0.pointee.col) } ?? 0
            let root = name.map { String(cString: $0) } ?? "?"
            sink.record(
                line: line, column: column,
                message: "has a document type declaration (<!DOCTYPE \(root)>); DTDs and entities are not allowed")
        }
        xmlStopParser(context)
    }

    // MARK: - Tree conversion

    private static func node(from element: xmlNodePtr, columns: ElementColumns) -> XMLElementNode {
        var attributes: [String: String] = [:]
        var attribute = element.pointee.properties
        while let current = attribute {
            let name = String(cString: current.pointee.name)
            attributes[name] = text(of: current.pointee.children)
            attribute = current.pointee.next
        }
        var children: [XMLElementNode] = []
        var text = ""
        var child = element.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(node(from: current, columns: columns))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { text += String(cString: content) }
            default:
                break
            }
            child = current.pointee.next
        }
        return XMLElementNode(
            name: String(cString: element.pointee.name),
            namespace: element.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) },
            attributes: attributes,
            children: children,
            text: text,
            line: Int(xmlGetLineNo(element)),
            column: columns.column(of: UnsafeMutableRawPointer(element)) ?? 0)
    }

    private static func text(of first: xmlNodePtr?) -> String {
        var result = ""
        var node = first
        while let current = node {
            if let content = current.pointee.content { result += String(cString: content) }
            node = current.pointee.next
        }
        return result
    }
}
