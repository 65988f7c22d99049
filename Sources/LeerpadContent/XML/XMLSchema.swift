import CLibXML2
import Foundation

/// A compiled XML Schema (XSD) that documents are validated against.
///
/// The schema is read from memory, so libxml2 never opens a file or URL for it; imports and
/// includes are refused by the reader's external-entity loader.
/// A compiled `xmlSchema` is read-only after parsing and may be shared between threads.
public final class XMLSchema: @unchecked Sendable {
    /// The schema file's name, used in diagnostics.
    public let fileName: String
    /// The compiled schema, for libxml2 calls in this module (validation, the streaming reader).
    let schema: xmlSchemaPtr

    /// Compiles the XSD at `url`.
    public convenience init(contentsOf url: URL) throws(ContentError) {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(file: url.relativePath, reason: error.localizedDescription)
        }
        try self.init(data: data, fileName: url.relativePath)
    }

    /// Compiles the XSD in `data`; `fileName` names it in diagnostics.
    public init(data: Data, fileName: String) throws(ContentError) {
        SafeXMLReader.prepareLibrary()
        let sink = DiagnosticSink(file: fileName)
        let parsed: xmlSchemaPtr? = data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self),
                let context = xmlSchemaNewMemParserCtxt(base, Int32(buffer.count))
            else { return nil }
            defer { xmlSchemaFreeParserCtxt(context) }
            xmlSchemaSetParserStructuredErrors(context, DiagnosticSink.schemaErrorHandler, sink.opaque)
            return xmlSchemaParse(context)
        }
        guard let parsed, sink.diagnostics.isEmpty else {
            if let parsed { xmlSchemaFree(parsed) }
            throw .invalid(
                sink.diagnostics.isEmpty
                    ? [XMLDiagnostic(file: fileName, line: 0, column: 0, message: "is not a valid XML Schema")]
                    : sink.diagnostics)
        }
        self.fileName = fileName
        self.schema = parsed
    }

    deinit {
        xmlSchemaFree(schema)
    }

    /// Validates a parsed document, recording every violation in `sink`.
    func validate(_ document: xmlDocPtr, into sink: DiagnosticSink) {
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            sink.record(line: 0, column: 0, message: "could not create a schema validation context")
            return
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        xmlSchemaSetValidStructuredErrors(context, DiagnosticSink.schemaErrorHandler, sink.opaque)
        let result = xmlSchemaValidateDoc(context, document)
        if result != 0, sink.diagnostics.isEmpty {
            sink.record(line: 0, column: 0, message: "does not conform to \(fileName)")
        }
    }
}

extension DiagnosticSink {
    /// The structured-error callback for schema parsing and validation: `userData` is the sink.
    static let schemaErrorHandler: xmlStructuredErrorFunc = { userData, error in
        guard let error, let sink = DiagnosticSink.from(userData) else { return }
        sink.record(error.pointee)
    }
}
