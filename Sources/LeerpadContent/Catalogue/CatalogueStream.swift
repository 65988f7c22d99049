import CLibXML2
import Foundation
import LeerpadCore

/// The state of one streaming read: walks an `xmlTextReader` over a native catalogue and
/// builds providers and modules one at a time (see ``CatalogueStreamReader``).
struct CatalogueStream {
    private let reader: xmlTextReaderPtr
    private let sink: DiagnosticSink
    private let model: MaturityModel?
    /// Whether provider names, titles and descriptions are collected (validation alone needs none).
    private let keepsText: Bool
    private var summary = CatalogueStreamReader.Summary()

    private var provider: Provider?
    private var providerPending = false
    private var module: PartialModule?
    /// The text being collected for `name`, `title` or `description`, with that element's `lang`.
    private var capture: (text: String, lang: String?)?
    /// The line of the first `<prerequisite>` naming each module: libxml2's streaming validator reports
    /// a keyref it cannot match only at the end of the document, so the reader moves it back here.
    private(set) var prerequisiteLines: [String: Int] = [:]

    init(reader: xmlTextReaderPtr, sink: DiagnosticSink, model: MaturityModel?, keepsText: Bool = true) {
        self.keepsText = keepsText
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
        let name = tag
        switch (depth, name) {
        case (0, _):
            let namespace = xmlTextReaderConstNamespaceUri(reader).map { String(cString: $0) }
            guard name == .catalogue, namespace == CatalogueDecoder.namespace else {
                sink.record(
                    line: line, column: 0,
                    message: "the root element must be <catalogue xmlns=\"\(CatalogueDecoder.namespace)\">")
                return false
            }
            summary.generated = attributes(Self.catalogueAttributes)[0] ?? ""
            visit(.catalogue(generated: summary.generated))
        case (1, .provider):
            let a = attributes(Self.providerAttributes)
            provider = Provider(
                id: a[0] ?? "", name: "", url: a[1], isFictional: ["true", "1"].contains(a[2] ?? "false"))
            providerPending = true
        case (2, .name):
            if keepsText { capture = ("", nil) }
        case (2, .module):
            emitProvider(visit: visit)
            module = PartialModule(
                attributes: attributes(PartialModule.attributeNames), providerID: provider?.id ?? "", line: line)
        case (3, .title), (3, .description):
            if keepsText { capture = ("", attributes(Self.langAttributes)[0]) }
        case (3, .raises):
            let a = attributes(Self.raisesAttributes)
            let target = LevelTarget(subdimensionID: a[0] ?? "", level: Int(a[1] ?? "") ?? 0)
            checkAgainstModel(target)
            module?.raises.append(target)
        case (3, .prerequisite):
            if let id = attributes(Self.prerequisiteAttributes)[0] {
                module?.prerequisites.append(id)
                if prerequisiteLines[id] == nil { prerequisiteLines[id] = line }
            }
        case (3, .competency):
            let a = attributes(Self.competencyAttributes)
            module?.competencies.append(Competency(framework: a[0] ?? "", code: a[1] ?? "", uri: a[2]))
        case (3, .run):
            let run = run(attributes(Self.runAttributes))
            module?.runs.append(run)
        default:
            break
        }
        return true
    }

    private mutating func end(visit: (CatalogueStreamReader.Event) -> Void) {
        let depth = xmlTextReaderDepth(reader)
        switch (depth, tag) {
        case (1, .provider):
            emitProvider(visit: visit)
            provider = nil
        case (2, .name):
            provider?.name = capture?.text.trimmed ?? ""
            capture = nil
        case (2, .module):
            if let module {
                let built = module.build()
                summary.modules += 1
                summary.runs += built.runs.count
                visit(.module(built, line: module.line))
            }
            module = nil
        case (3, .title):
            if let capture { module?.titles[capture.lang ?? ""] = capture.text.trimmed }
            capture = nil
        case (3, .description):
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

    private func run(_ a: [String?]) -> CourseRun {
        let id = a[0] ?? ""
        let start = Self.date(a[1] ?? "") ?? CalendarDate(daysSinceEpoch: 0)
        let end = Self.date(a[2] ?? "") ?? start
        if end < start {
            sink.record(line: line, column: 0, message: "run '\(id)' ends (\(end)) before it starts (\(start))")
        }
        return CourseRun(
            id: id, start: start, end: end, location: a[3] ?? "", isOnline: ["true", "1"].contains(a[4] ?? "false"),
            placesLeft: Int(a[5] ?? "") ?? 0)
    }

    /// `YYYY-MM-DD` read from its bytes; anything else goes through ``CalendarDate/init(iso8601:)``.
    static func date(_ text: String) -> CalendarDate? {
        var text = text
        let fast = text.withUTF8 { b -> CalendarDate?? in
            guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return .none }
            func digits(_ range: Range<Int>) -> Int? {
                var value = 0
                for i in range {
                    let d = Int(b[i]) - 48
                    guard d >= 0 && d <= 9 else { return nil }
                    value = value * 10 + d
                }
                return value
            }
            guard let year = digits(0..<4), let month = digits(5..<7), let day = digits(8..<10) else { return .none }
            return .some(CalendarDate(year: year, month: month, day: day))
        }
        if let fast { return fast }
        return CalendarDate(iso8601: text)
    }

    /// A plain `digits[.d[d]]` amount read from its bytes; anything else goes through ``Euros/init(decimal:)``.
    static func euros(_ text: String) -> Euros? {
        var text = text
        let fast = text.withUTF8 { b -> Euros?? in
            guard !b.isEmpty, b.count <= 15 else { return .none }
            var whole = 0
            var i = 0
            while i < b.count, b[i] >= 48, b[i] <= 57 {
                whole = whole * 10 + Int(b[i] - 48)
                i += 1
            }
            guard i > 0 else { return .none }
            if i == b.count { return .some(Euros(cents: whole * 100)) }
            guard b[i] == UInt8(ascii: "."), b.count - i - 1 >= 1, b.count - i - 1 <= 2 else { return .none }
            var fraction = 0
            for k in (i + 1)..<b.count {
                guard b[k] >= 48, b[k] <= 57 else { return .none }
                fraction = fraction * 10 + Int(b[k] - 48)
            }
            return .some(Euros(cents: whole * 100 + (b.count - i - 1 == 1 ? fraction * 10 : fraction)))
        }
        if let fast { return fast }
        return Euros(decimal: text)
    }

    // Attribute names each element's fields are read from, in the order the fields are used.
    private static let catalogueAttributes: [StaticString] = ["generated"]
    private static let providerAttributes: [StaticString] = ["id", "url", "fictional"]
    private static let langAttributes: [StaticString] = ["lang"]
    private static let raisesAttributes: [StaticString] = ["subdimension", "toLevel"]
    private static let prerequisiteAttributes: [StaticString] = ["module"]
    private static let competencyAttributes: [StaticString] = ["framework", "code", "uri"]
    private static let runAttributes: [StaticString] = ["id", "start", "end", "location", "online", "places"]

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

    /// The elements the reader acts on.
    private enum Tag {
        case catalogue, provider, name, module, title, description, raises, prerequisite, competency, run, other
    }

    /// The current node's local name as a ``Tag``, compared on libxml2's bytes (no Swift string is made).
    private var tag: Tag {
        guard let name = xmlTextReaderConstLocalName(reader) else { return .other }
        switch name[0] {
        case UInt8(ascii: "c"):
            if Self.equals(name, "catalogue") { return .catalogue }
            if Self.equals(name, "competency") { return .competency }
        case UInt8(ascii: "d"): if Self.equals(name, "description") { return .description }
        case UInt8(ascii: "m"): if Self.equals(name, "module") { return .module }
        case UInt8(ascii: "n"): if Self.equals(name, "name") { return .name }
        case UInt8(ascii: "p"):
            if Self.equals(name, "provider") { return .provider }
            if Self.equals(name, "prerequisite") { return .prerequisite }
        case UInt8(ascii: "r"):
            if Self.equals(name, "raises") { return .raises }
            if Self.equals(name, "run") { return .run }
        case UInt8(ascii: "t"): if Self.equals(name, "title") { return .title }
        default: break
        }
        return .other
    }

    /// Whether the NUL-terminated `bytes` spell exactly `text`.
    @inline(__always)
    private static func equals(_ bytes: UnsafePointer<xmlChar>, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        return bytes.withMemoryRebound(to: CChar.self, capacity: count + 1) { c in
            text.utf8Start.withMemoryRebound(to: CChar.self, capacity: count) { strncmp(c, $0, count) == 0 }
        } && bytes[count] == 0
    }

    /// The line of the current node.
    private var line: Int {
        if let node = xmlTextReaderCurrentNode(reader) { return Int(xmlGetLineNo(node)) }
        return Int(xmlTextReaderGetParserLineNumber(reader))
    }

    /// The values of the current element's attributes named `names` (local names, namespace
    /// declarations left out), in that order; nil for an attribute that is absent. Only those
    /// values become Swift strings.
    private func attributes(_ names: [StaticString]) -> [String?] {
        var result = [String?](repeating: nil, count: names.count)
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            guard xmlTextReaderIsNamespaceDecl(reader) != 1, let name = xmlTextReaderConstLocalName(reader),
                let index = names.firstIndex(where: { Self.equals(name, $0) })
            else { continue }
            result[index] = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
        }
        xmlTextReaderMoveToElement(reader)
        return result
    }
}

/// A module whose end tag has not been read yet.
private struct PartialModule {
    /// The attributes read, in this order.
    static let attributeNames: [StaticString] = [
        "id", "format", "language", "hoursPerPerson", "costPerPerson", "maxGroupSize", "url",
    ]
    let attributes: [String?]
    let providerID: String
    let line: Int
    var titles: [String: String] = [:]
    var descriptions: [String: String] = [:]
    var raises: [LevelTarget] = []
    var prerequisites: [String] = []
    var competencies: [Competency] = []
    var runs: [CourseRun] = []

    init(attributes: [String?], providerID: String, line: Int) {
        self.attributes = attributes
        self.providerID = providerID
        self.line = line
    }

    var id: String { attributes[0] ?? "" }

    func build() -> TrainingModule {
        TrainingModule(
            id: id, providerID: providerID,
            title: LocalizedText(dutch: titles["nl"] ?? "", english: titles["en"] ?? ""),
            description: LocalizedText(dutch: descriptions["nl"] ?? "", english: descriptions["en"] ?? ""),
            raises: raises, prerequisites: prerequisites,
            format: ModuleFormat(rawValue: attributes[1] ?? "") ?? .classroom,
            language: Language(rawValue: attributes[2] ?? "") ?? .dutch,
            hoursPerPerson: Double(attributes[3] ?? "") ?? 0,
            costPerPerson: CatalogueStream.euros(attributes[4] ?? "") ?? .zero,
            maxGroupSize: Int(attributes[5] ?? "") ?? 1, competencies: competencies, runs: runs,
            url: attributes[6])
    }
}
