import CLibXML2
import Foundation
import LeerpadCore

/// The state of one streaming read: walks an `xmlTextReader` over a native catalogue and
/// builds providers and modules one at a time (see ``CatalogueStreamReader``).
struct CatalogueStream {
    private let reader: xmlTextReaderPtr
    private let sink: DiagnosticSink
    private let model: MaturityModel?
    private var summary = CatalogueStreamReader.Summary()

    private var provider: Provider?
    private var providerPending = false
    private var module: PartialModule?
    /// The text being collected for `name`, `title` or `description`, with that element's `lang`.
    private var capture: (text: String, lang: String?)?
    /// The line of the first `<prerequisite>` naming each module: libxml2's streaming validator reports
    /// a keyref it cannot match only at the end of the document, so the reader moves it back here.
    private(set) var prerequisiteLines: [String: Int] = [:]

    init(reader: xmlTextReaderPtr, sink: DiagnosticSink, model: MaturityModel?) {
        self.reader = reader
        self.sink = sink
        self.model = model
    }

    /// Reads to the end (or to the first fatal error, or the diagnostic limit).
    mutating func run(visit: (CatalogueStreamReader.Event) -> Void) -> CatalogueStreamReader.Summary {
        while sink.diagnostics.count < DiagnosticSink.limit {
            let status = xmlTextReaderRead(reader)
            if status == 0 { break }
            if status < 0 {
                if sink.diagnostics.isEmpty { sink.record(line: line, column: 0, message: "is not well-formed XML") }
                break
            }
            let type = UInt32(xmlTextReaderNodeType(reader))
            switch type {
            case XML_READER_TYPE_DOCUMENT_TYPE.rawValue:
                sink.record(
                    line: line, column: 0,
                    message: "has a document type declaration (<!DOCTYPE …>); DTDs and entities are not allowed")
                return summary
            case XML_READER_TYPE_ELEMENT.rawValue:
                let empty = xmlTextReaderIsEmptyElement(reader) == 1
                guard start(visit: visit) else { return summary }
                if empty { end(visit: visit) }
            case XML_READER_TYPE_END_ELEMENT.rawValue:
                end(visit: visit)
            case XML_READER_TYPE_TEXT.rawValue, XML_READER_TYPE_CDATA.rawValue,
                XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue, XML_READER_TYPE_WHITESPACE.rawValue:
                if capture != nil, let value = xmlTextReaderConstValue(reader) {
                    capture?.text += String(cString: value)
                }
            case XML_READER_TYPE_ENTITY_REFERENCE.rawValue:
                sink.record(line: line, column: 0, message: "uses an entity reference; entities are not allowed")
                return summary
            default:
                break
            }
        }
        return summary
    }

    /// Handles a start tag; `false` stops the read (wrong root element).
    private mutating func start(visit: (CatalogueStreamReader.Event) -> Void) -> Bool {
        let depth = xmlTextReaderDepth(reader)
        let name = localName
        switch (depth, name) {
        case (0, _):
            let namespace = xmlTextReaderConstNamespaceUri(reader).map { String(cString: $0) }
            guard name == "catalogue", namespace == CatalogueDecoder.namespace else {
                sink.record(
                    line: line, column: 0,
                    message: "the root element must be <catalogue xmlns=\"\(CatalogueDecoder.namespace)\">")
                return false
            }
            summary.generated = attributes()["generated"] ?? ""
            visit(.catalogue(generated: summary.generated))
        case (1, "provider"):
            let attributes = attributes()
            provider = Provider(
                id: attributes["id"] ?? "", name: "", url: attributes["url"],
                isFictional: ["true", "1"].contains(attributes["fictional"] ?? "false"))
            providerPending = true
        case (2, "name"):
            capture = ("", nil)
        case (2, "module"):
            emitProvider(visit: visit)
            module = PartialModule(attributes: attributes(), providerID: provider?.id ?? "", line: line)
        case (3, "title"), (3, "description"):
            capture = ("", attributes()["lang"])
        case (3, "raises"):
            let attributes = attributes()
            let target = LevelTarget(
                subdimensionID: attributes["subdimension"] ?? "", level: Int(attributes["toLevel"] ?? "") ?? 0)
            checkAgainstModel(target)
            module?.raises.append(target)
        case (3, "prerequisite"):
            if let id = attributes()["module"] {
                module?.prerequisites.append(id)
                if prerequisiteLines[id] == nil { prerequisiteLines[id] = line }
            }
        case (3, "competency"):
            let attributes = attributes()
            module?.competencies.append(
                Competency(
                    framework: attributes["framework"] ?? "", code: attributes["code"] ?? "", uri: attributes["uri"]))
        case (3, "run"):
            let run = run(attributes())
            module?.runs.append(run)
        default:
            break
        }
        return true
    }

    private mutating func end(visit: (CatalogueStreamReader.Event) -> Void) {
        let depth = xmlTextReaderDepth(reader)
        switch (depth, localName) {
        case (1, "provider"):
            emitProvider(visit: visit)
            provider = nil
        case (2, "name"):
            provider?.name = capture?.text.trimmed ?? ""
            capture = nil
        case (2, "module"):
            if let module {
                let built = module.build()
                summary.modules += 1
                summary.runs += built.runs.count
                visit(.module(built, line: module.line))
            }
            module = nil
        case (3, "title"):
            if let capture { module?.titles[capture.lang ?? ""] = capture.text.trimmed }
            capture = nil
        case (3, "description"):
            if let capture { module?.descriptions[capture.lang ?? ""] = capture.text.trimmed }
            capture = nil
        default:
            break
        }
    }

    private mutating func emitProvider(visit: (CatalogueStreamReader.Event) -> Void) {
        guard providerPending, let provider else { return }
        providerPending = false
        summary.providers += 1
        visit(.provider(provider))
    }

    private func run(_ attributes: [String: String]) -> CourseRun {
        let id = attributes["id"] ?? ""
        let start = CalendarDate(iso8601: attributes["start"] ?? "") ?? CalendarDate(daysSinceEpoch: 0)
        let end = CalendarDate(iso8601: attributes["end"] ?? "") ?? start
        if end < start {
            sink.record(line: line, column: 0, message: "run '\(id)' ends (\(end)) before it starts (\(start))")
        }
        return CourseRun(
            id: id, start: start, end: end, location: attributes["location"] ?? "",
            isOnline: ["true", "1"].contains(attributes["online"] ?? "false"),
            placesLeft: Int(attributes["places"] ?? "") ?? 0)
    }

    private func checkAgainstModel(_ target: LevelTarget) {
        guard let model, let id = module?.id else { return }
        if model.subdimension(target.subdimensionID) == nil {
            sink.record(
                line: line, column: 0,
                message: "module '\(id)' raises '\(target.subdimensionID)', which is no subdimension of the model")
        }
        if !model.levels.contains(where: { $0.number == target.level }) {
            sink.record(
                line: line, column: 0,
                message: "module '\(id)' brings a team to level \(target.level), which the model does not define")
        }
    }

    // MARK: - libxml2 access

    private var localName: String {
        xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
    }

    /// The line of the current node.
    private var line: Int {
        if let node = xmlTextReaderCurrentNode(reader) { return Int(xmlGetLineNo(node)) }
        return Int(xmlTextReaderGetParserLineNumber(reader))
    }

    /// The current element's attributes by local name (namespace declarations left out).
    private func attributes() -> [String: String] {
        var result: [String: String] = [:]
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            guard xmlTextReaderIsNamespaceDecl(reader) != 1, let name = xmlTextReaderConstLocalName(reader) else {
                continue
            }
            result[String(cString: name)] = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
        }
        xmlTextReaderMoveToElement(reader)
        return result
    }
}

/// A module whose end tag has not been read yet.
private struct PartialModule {
    let attributes: [String: String]
    let providerID: String
    let line: Int
    var titles: [String: String] = [:]
    var descriptions: [String: String] = [:]
    var raises: [LevelTarget] = []
    var prerequisites: [String] = []
    var competencies: [Competency] = []
    var runs: [CourseRun] = []

    init(attributes: [String: String], providerID: String, line: Int) {
        self.attributes = attributes
        self.providerID = providerID
        self.line = line
    }

    var id: String { attributes["id"] ?? "" }

    func build() -> TrainingModule {
        TrainingModule(
            id: id, providerID: providerID,
            title: LocalizedText(dutch: titles["nl"] ?? "", english: titles["en"] ?? ""),
            description: LocalizedText(dutch: descriptions["nl"] ?? "", english: descriptions["en"] ?? ""),
            raises: raises, prerequisites: prerequisites,
            format: ModuleFormat(rawValue: attributes["format"] ?? "") ?? .classroom,
            language: Language(rawValue: attributes["language"] ?? "") ?? .dutch,
            hoursPerPerson: Double(attributes["hoursPerPerson"] ?? "") ?? 0,
            costPerPerson: Euros(decimal: attributes["costPerPerson"] ?? "") ?? .zero,
            maxGroupSize: Int(attributes["maxGroupSize"] ?? "") ?? 1, competencies: competencies, runs: runs,
            url: attributes["url"])
    }
}
