import CLibXML2
import Foundation
import LeerpadCore

/// Reads and validates a native catalogue file as a stream, with libxml2's `xmlTextReader`:
/// no tree is kept, each module is built when its end tag is read and handed to a
/// visitor, so memory does not grow with the number of modules (only the schema's key
/// tables for module, provider and run ids do, a few bytes per id).
///
/// The same safety as ``SafeXMLReader``: the prolog is scanned first and any
/// `<!DOCTYPE` stops the read before libxml2 sees it (so no entity is ever declared);
/// no network, the external-entity loader refuses everything, libxml2's depth limit stays
/// on, input is read as UTF-8. Schema violations and parse errors are collected as
/// ``XMLDiagnostic``s with line and column (column 0 where libxml2 gives none), at most
/// 100; the read stops there. The reader and every libxml2 object are freed on return.
///
/// The visitor may receive modules before a later problem is found: the call throws at
/// the end when any problem was found, and callers must then discard what they received.
public struct CatalogueStreamReader: Sendable {
    /// What the stream hands to the visitor, in document order.
    public enum Event {
        /// The root element, with its `generated` timestamp.
        case catalogue(generated: String)
        /// A provider, before its modules.
        case provider(Provider)
        /// A module, complete with its runs, and the line of its start tag.
        case module(TrainingModule, line: Int)
    }

    /// What was read.
    public struct Summary: Hashable, Sendable {
        /// The catalogue's `generated` timestamp.
        public var generated = ""
        /// The number of providers.
        public var providers = 0
        /// The number of modules.
        public var modules = 0
        /// The number of runs over all modules.
        public var runs = 0
    }

    private let schema: XMLSchema?

    /// A reader that validates against `schema` (normally `Content/schema/catalogue.xsd`).
    public init(schema: XMLSchema?) {
        self.schema = schema
    }

    /// A reader that validates against the catalogue schema in `content`.
    public init(content: ContentDirectory) throws(ContentError) {
        self.schema = try content.schema(for: .catalogue)
    }

    /// Streams the catalogue at `url` into `visit`; `model` (when given) checks the
    /// subdimensions and levels modules raise. Throws every problem found at the end.
    @discardableResult
    public func read(
        contentsOf url: URL, model: MaturityModel? = nil, visit: (Event) -> Void
    ) throws(ContentError) -> Summary {
        try read(contentsOf: url, model: model, keepsText: true, visit: visit)
    }

    /// ``read(contentsOf:model:visit:)``; with `keepsText` false the modules and providers handed to
    /// `visit` have empty names, titles and descriptions (the text is still validated by the schema).
    func read(
        contentsOf url: URL, model: MaturityModel?, keepsText: Bool, visit: (Event) -> Void
    ) throws(ContentError) -> Summary {
        let fileName = url.relativePath
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw .unreadable(file: fileName, reason: "no such file")
        }
        SafeXMLReader.prepareLibrary()
        try XMLPrologScanner.check(url, fileName: fileName)
        try XMLWorkBounds.stream.check(contentsOf: url, fileName: fileName)
        guard let reader = xmlReaderForFile(url.path, "UTF-8", Self.parseOptions) else {
            throw .unreadable(file: fileName, reason: "libxml2 could not open it")
        }
        defer { xmlFreeTextReader(reader) }
        let sink = DiagnosticSink(file: fileName)
        if let schema, xmlTextReaderSetSchema(reader, schema.schema) != 0 {
            throw .unreadable(file: fileName, reason: "libxml2 could not attach \(schema.fileName)")
        }
        // libxml2 2.9's reader relays parser errors set with xmlTextReaderSetStructuredErrorHandler
        // through a callback that crashes on some fatal errors (seen with "Excessive depth"), so
        // errors are taken from this thread's structured handler instead, for this call only.
        xmlSetStructuredErrorFunc(sink.opaque, DiagnosticSink.schemaErrorHandler)
        defer { xmlSetStructuredErrorFunc(nil, nil) }

        var stream = CatalogueStream(reader: reader, sink: sink, model: model, keepsText: keepsText)
        let summary = stream.run(visit: visit)
        if let schema, sink.diagnostics.isEmpty, xmlTextReaderIsValid(reader) != 1 {
            sink.record(line: 0, column: 0, message: "does not conform to \(schema.fileName)")
        }
        guard sink.diagnostics.isEmpty else {
            throw .invalid(sink.diagnostics.map { Self.atReference($0, lines: stream.prerequisiteLines) })
        }
        return summary
    }

    /// An unmatched prerequisite keyref at the line of the `<prerequisite>` that names the module (as tree
    /// mode reports it) instead of at the end of the document, where the streaming validator finds it.
    static func atReference(_ diagnostic: XMLDiagnostic, lines: [String: Int]) -> XMLDiagnostic {
        guard diagnostic.message.contains("of keyref"), let open = diagnostic.message.range(of: "key-sequence ['"),
            let close = diagnostic.message[open.upperBound...].range(of: "']"),
            let line = lines[String(diagnostic.message[open.upperBound..<close.lowerBound])]
        else { return diagnostic }
        var moved = diagnostic
        moved.line = line
        return moved
    }

    /// Streams the catalogue at `url` and collects it; also checks prerequisite cycles.
    public func readCatalogue(contentsOf url: URL, model: MaturityModel? = nil) throws(ContentError) -> Catalogue {
        var generated = ""
        var providers: [Provider] = []
        var modules: [TrainingModule] = []
        var lines: [String: Int] = [:]
        try read(contentsOf: url, model: model) { event in
            switch event {
            case .catalogue(let timestamp): generated = timestamp
            case .provider(let provider): providers.append(provider)
            case .module(let module, let line):
                modules.append(module)
                lines[module.id] = line
            }
        }
        let catalogue = Catalogue(generated: generated, providers: providers, modules: modules)
        let links = Dictionary(modules.map { ($0.id, $0.prerequisites) }, uniquingKeysWith: { first, _ in first })
        try Self.rejectCycles(in: links, lines: lines, file: url)
        return catalogue
    }

    /// Streams the catalogue at `url` without keeping its modules: checks schema, run dates,
    /// the model (when given) and prerequisite cycles; memory holds only the prerequisite
    /// links between module ids.
    public func validate(contentsOf url: URL, model: MaturityModel? = nil) throws(ContentError) -> Summary {
        var prerequisites: [String: [String]] = [:]
        var lines: [String: Int] = [:]
        let summary = try read(contentsOf: url, model: model, keepsText: false) { event in
            if case .module(let module, let line) = event, !module.prerequisites.isEmpty {
                prerequisites[module.id] = module.prerequisites
                lines[module.id] = line
            }
        }
        try Self.rejectCycles(in: prerequisites, lines: lines, file: url)
        return summary
    }

    /// Throws one diagnostic per prerequisite cycle in `links`, at the line of its first module.
    private static func rejectCycles(
        in links: [String: [String]], lines: [String: Int], file url: URL
    ) throws(ContentError) {
        let cycles = PrerequisiteCycles.find(in: links).map { cycle in
            XMLDiagnostic(
                file: url.relativePath, line: lines[cycle[0]] ?? 0, column: 0,
                message: "prerequisites form a cycle: \(cycle.joined(separator: " → "))")
        }
        guard cycles.isEmpty else { throw .invalid(cycles) }
    }

    private static let parseOptions = Int32(
        XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue)
}
