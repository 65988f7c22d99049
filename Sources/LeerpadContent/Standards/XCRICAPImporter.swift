import Foundation
import LeerpadCore

/// Maps an XCRI-CAP 1.2 feed (a parsed `catalog`) to a native ``Catalogue``.
///
/// The mapping is the reverse of ``XCRICAPExporter``'s; Leerpad's own fields come from
/// `dc:subject` codes (``LeerpadSubjectCode``), so export → import is lossless. For
/// feeds from elsewhere, standard elements fill in what the codes do not say, with a
/// warning where a value had to be assumed:
/// - language: `mlo:languageOfInstruction` of the first presentation, else Dutch (warning);
/// - cost: the first number in the first presentation's `mlo:cost`, else 0 (warning);
/// - hours: the first presentation's `mlo:duration` (`PT6H` → 6; `P2D` → 2 × 7, warning);
/// - format: classroom (warning); maximum group size: 20 (warning);
/// - places: the module's maximum group size (warning); end date: from `mlo:duration`,
///   else the start date (warning); run id: `COURSE-run-N` (warning);
/// - prerequisites: `mlo:prerequisite` whose text is another course's identifier; other
///   prerequisite text is reported, not imported.
/// Errors (no module can be made): a course without `dc:identifier`, without a
/// `leerpad:raises` code, without a title, with a malformed `leerpad:` code, or a
/// presentation without a readable `mlo:start/@dtf`; a `catalog` without `generated`.
/// Every element the standard defines but Leerpad has no place for is listed in one
/// warning per object; unknown elements and attributes get a warning each.
public enum XCRICAPImporter {
    /// Maps `root`; `file` names the feed in diagnostics, `model` (when given) checks raised
    /// subdimensions and levels.
    static func decode(
        _ root: XMLElementNode, file: String, model: MaturityModel?
    ) -> (catalogue: Catalogue, diagnostics: ImportDiagnostics) {
        var state = XCRIImportState(diagnostics: ImportDiagnostics(file: file), model: model)
        let generated = root.attributes["generated"] ?? ""
        if generated.isEmpty { state.diagnostics.error(root, "<catalog> has no 'generated' attribute") }
        state.diagnostics.checkAttributes(root, allowed: ["generated", "recstatus"])
        var ignored: [XMLElementNode] = []
        for child in root.children {
            switch (child.namespace, child.name) {
            case (StandardNames.xcri, "provider"): state.provider(child)
            case (_, _) where XCRIImportState.isCommon(child): ignored.append(child)
            default: state.diagnostics.unknown(child, in: "<catalog>")
            }
        }
        state.diagnostics.notCarried(ignored, in: root, describedAs: "<catalog>")
        let modules = state.resolvedModules()
        return (Catalogue(generated: generated, providers: state.providers, modules: modules), state.diagnostics)
    }
}

/// The growing result of one XCRI-CAP import.
private struct XCRIImportState {
    var diagnostics: ImportDiagnostics
    let model: MaturityModel?
    var providers: [Provider] = []
    var modules: [(module: TrainingModule, element: XMLElementNode, prerequisites: [XMLElementNode])] = []
    var providerIDs = IdentifierRegistry()
    var moduleIDs = IdentifierRegistry()
    var runIDs = IdentifierRegistry()

    init(diagnostics: ImportDiagnostics, model: MaturityModel?) {
        self.diagnostics = diagnostics
        self.model = model
    }

    static func isCommon(_ element: XMLElementNode) -> Bool {
        switch (element.namespace, element.name) {
        case (StandardNames.dc, "contributor"), (StandardNames.dc, "date"), (StandardNames.dc, "description"),
            (StandardNames.dc, "identifier"), (StandardNames.dc, "subject"), (StandardNames.dc, "title"),
            (StandardNames.dc, "type"), (StandardNames.mlo, "url"), (StandardNames.mlo, "hasPart"),
            (StandardNames.mlo, "isPartOf"), (StandardNames.xcri, "image"):
            true
        default: false
        }
    }

    static func isDescriptive(_ element: XMLElementNode) -> Bool {
        switch (element.namespace, element.name) {
        case (StandardNames.xcri, "abstract"), (StandardNames.xcri, "applicationProcedure"),
            (StandardNames.mlo, "assessment"), (StandardNames.xcri, "learningOutcome"),
            (StandardNames.mlo, "objective"), (StandardNames.mlo, "prerequisite"),
            (StandardNames.xcri, "regulations"):
            true
        default: false
        }
    }

    // MARK: - Provider

    mutating func provider(_ element: XMLElementNode) {
        diagnostics.checkAttributes(element, allowed: ["recstatus"])
        let title = text(element.children.first { $0.namespace == StandardNames.dc && $0.name == "title" })
        let identifier = element.children.first { $0.namespace == StandardNames.dc && $0.name == "identifier" }
        let id =
            providerIDs.native(
                text(identifier) ?? title ?? "", at: identifier ?? element, what: "provider identifier",
                diagnostics: &diagnostics)
            ?? "provider-\(providers.count + 1)"
        if identifier == nil {
            diagnostics.warning(element, "<provider> has no dc:identifier; using '\(id)'")
        }
        if title == nil { diagnostics.warning(element, "<provider> '\(id)' has no dc:title; named after its id") }
        var provider = Provider(id: id, name: title ?? id)
        var ignored: [XMLElementNode] = []
        var seenTitle = false
        var seenIdentifier = false
        for child in element.children {
            switch (child.namespace, child.name) {
            case (StandardNames.xcri, "course"): course(child, providerID: id)
            case (StandardNames.dc, "title") where !seenTitle: seenTitle = true
            case (StandardNames.dc, "identifier") where !seenIdentifier: seenIdentifier = true
            case (StandardNames.mlo, "url"): provider.url = text(child)
            case (StandardNames.dc, "type") where text(child) == LeerpadSubjectCode.fictional.text:
                provider.isFictional = true
            case (StandardNames.mlo, "location"): ignored.append(child)
            case (_, _) where Self.isCommon(child): ignored.append(child)
            default: diagnostics.unknown(child, in: "<provider> '\(id)'")
            }
        }
        diagnostics.notCarried(ignored, in: element, describedAs: "<provider> '\(id)'")
        providers.append(provider)
    }

    // MARK: - Course

    mutating func course(_ element: XMLElementNode, providerID: String) {
        diagnostics.checkAttributes(element, allowed: ["recstatus"])
        let identifiers = element.children.filter { $0.namespace == StandardNames.dc && $0.name == "identifier" }
        guard let first = identifiers.first else {
            diagnostics.error(element, "<course> has no dc:identifier; Leerpad needs one to import it")
            return
        }
        let chosen = identifiers.first { IdentifierSlug.isNative(text($0) ?? "") } ?? first
        guard
            let id = moduleIDs.native(
                text(chosen) ?? "", at: chosen, what: "course identifier", diagnostics: &diagnostics)
        else { return }
        let what = "<course> '\(id)'"

        var titles: [String: String] = [:]
        var descriptions: [String: String] = [:]
        var abstracts: [String: String] = [:]
        var codes: [(LeerpadSubjectCode, XMLElementNode)] = []
        var otherSubjects: [XMLElementNode] = []
        var url: String?
        var prerequisites: [XMLElementNode] = []
        var presentations: [XMLElementNode] = []
        var ignored: [XMLElementNode] = []
        for child in element.children {
            switch (child.namespace, child.name) {
            case (StandardNames.dc, "identifier"):
                if child != chosen { ignored.append(child) }
            case (StandardNames.dc, "title"): localized(child, into: &titles, what: what)
            case (StandardNames.dc, "description"): localized(child, into: &descriptions, what: what)
            case (StandardNames.xcri, "abstract"): localized(child, into: &abstracts, what: what)
            case (StandardNames.dc, "subject"):
                switch LeerpadSubjectCode.parse(child.text) {
                case .success(let code)?: codes.append((code, child))
                case .failure(let failure)?: diagnostics.error(child, "\(what): \(failure.message)")
                case nil: otherSubjects.append(child)
                }
            case (StandardNames.mlo, "url"): url = text(child)
            case (StandardNames.mlo, "prerequisite"): prerequisites.append(child)
            case (StandardNames.xcri, "presentation"): presentations.append(child)
            case (_, _) where Self.isCommon(child) || Self.isDescriptive(child): ignored.append(child)
            case (StandardNames.mlo, "level"), (StandardNames.mlo, "qualification"), (StandardNames.mlo, "credit"):
                ignored.append(child)
            default: diagnostics.unknown(child, in: what)
            }
        }
        if !otherSubjects.isEmpty {
            let list = otherSubjects.map { "'\($0.text.trimmed)'" }.joined(separator: ", ")
            diagnostics.warning(
                otherSubjects[0], "\(what): subjects that are not Leerpad codes are not imported: \(list)")
        }
        diagnostics.notCarried(ignored, in: element, describedAs: what)

        let raises = codes.compactMap { code, element -> LevelTarget? in
            guard case .raises(let target) = code else { return nil }
            diagnostics.checkRaises(target, against: model, at: element, what: what)
            return target
        }
        if raises.isEmpty {
            diagnostics.error(
                element,
                "\(what) does not say which subdimension it raises; add <dc:subject>leerpad:raises:SUBDIMENSION:LEVEL</dc:subject>"
            )
        }
        guard let title = bilingual(titles, at: element, what: "\(what) dc:title", required: true) else { return }
        let description =
            bilingual(
                descriptions.isEmpty ? abstracts : descriptions, at: element, what: "\(what) dc:description",
                required: false)
            ?? LocalizedText(dutch: "", english: "")
        let firstPresentation = presentations.first

        let language =
            codes.lazy.compactMap { if case .language(let value) = $0.0 { value } else { nil } }.first
            ?? languageOfInstruction(firstPresentation)
            ?? {
                diagnostics.warning(element, "\(what) states no language; assumed Dutch (leerpad:language:nl)")
                return .dutch
            }()
        let cost =
            codes.lazy.compactMap { if case .cost(let value) = $0.0 { value } else { nil } }.first
            ?? presentationCost(firstPresentation)
            ?? {
                diagnostics.warning(element, "\(what) states no cost in euros; assumed 0 (leerpad:cost:EUROS)")
                return .zero
            }()
        let hours =
            codes.lazy.compactMap { if case .hours(let value) = $0.0 { value } else { nil } }.first
            ?? presentationHours(firstPresentation, what: what)
            ?? {
                diagnostics.warning(element, "\(what) states no study hours; assumed 1 (leerpad:hours:HOURS)")
                return 1
            }()
        let format =
            codes.lazy.compactMap { if case .format(let value) = $0.0 { value } else { nil } }.first
            ?? {
                diagnostics.warning(element, "\(what) states no format; assumed classroom (leerpad:format:FORMAT)")
                return .classroom
            }()
        let maxGroupSize =
            codes.lazy.compactMap { if case .maxGroupSize(let value) = $0.0 { value } else { nil } }.first
            ?? {
                diagnostics.warning(
                    element, "\(what) states no maximum group size; assumed 20 (leerpad:max-group-size:N)")
                return 20
            }()
        for (code, codeElement) in codes {
            if case .prerequisite = code {
                diagnostics.warning(codeElement, "\(what): use mlo:prerequisite for prerequisites in XCRI-CAP; ignored")
            }
            if case .fictional = code {
                diagnostics.warning(codeElement, "\(what): leerpad:fictional belongs on a provider; ignored")
            }
        }
        let competencies = codes.compactMap { code, _ -> Competency? in
            if case .competency(let value) = code { value } else { nil }
        }
        var runs: [CourseRun] = []
        for (index, presentation) in presentations.enumerated() {
            if let run = run(presentation, number: index + 1, courseID: id, maxGroupSize: maxGroupSize) {
                runs.append(run)
            }
        }
        let module = TrainingModule(
            id: id, providerID: providerID, title: title, description: description, raises: raises,
            prerequisites: [], format: format, language: language, hoursPerPerson: hours, costPerPerson: cost,
            maxGroupSize: maxGroupSize, competencies: competencies, runs: runs, url: url)
        modules.append((module, element, prerequisites))
    }

    // MARK: - Presentation

    mutating func run(_ element: XMLElementNode, number: Int, courseID: String, maxGroupSize: Int) -> CourseRun? {
        diagnostics.checkAttributes(element, allowed: ["recstatus"])
        let what = "<presentation> \(number) of course '\(courseID)'"
        let identifier = element.children.first { $0.namespace == StandardNames.dc && $0.name == "identifier" }
        var id =
            identifier.flatMap {
                runIDs.native(text($0) ?? "", at: $0, what: "presentation identifier", diagnostics: &diagnostics)
            } ?? ""
        if identifier == nil {
            id = runIDs.unique("\(courseID)-run-\(number)")
            diagnostics.warning(element, "\(what) has no dc:identifier; using '\(id)'")
        }
        var start: CalendarDate?
        var end: CalendarDate?
        var durationDays: Int?
        var isOnline = false
        var places: Int?
        var location: String?
        var ignored: [XMLElementNode] = []
        for child in element.children {
            switch (child.namespace, child.name) {
            case (StandardNames.dc, "identifier") where child == identifier: break
            case (StandardNames.mlo, "start"):
                diagnostics.checkAttributes(child, allowed: ["dtf"])
                start = date(child)
                if start == nil { diagnostics.error(child, "\(what): mlo:start needs a date in its 'dtf' attribute") }
            case (StandardNames.xcri, "end"), (StandardNames.mlo, "end"):
                diagnostics.checkAttributes(child, allowed: ["dtf"])
                end = date(child)
                if end == nil { diagnostics.warning(child, "\(what): end has no date in its 'dtf' attribute; ignored") }
            case (StandardNames.mlo, "duration"):
                diagnostics.checkAttributes(child, allowed: ["interval"])
                durationDays = ISODuration(child.attributes["interval"] ?? "")?.days
            case (StandardNames.xcri, "attendanceMode"):
                diagnostics.checkAttributes(child, allowed: ["identifier"])
                let code = (child.attributes["identifier"] ?? child.text).trimmingCharacters(in: .whitespaces)
                isOnline = code.uppercased() == "ON" || code.lowercased() == "online"
            case (StandardNames.mlo, "places"):
                places = leadingInteger(child.text)
                if places == nil {
                    diagnostics.warning(child, "\(what): mlo:places '\(child.text.trimmed)' is no number; ignored")
                }
            case (StandardNames.mlo, "languageOfInstruction"), (StandardNames.mlo, "cost"):
                break  // read at course level
            case (StandardNames.xcri, "venue"):
                location = venue(child, what: what)
            case (_, _) where Self.isCommon(child) || Self.isDescriptive(child): ignored.append(child)
            case (StandardNames.xcri, "applyFrom"), (StandardNames.xcri, "applyUntil"), (StandardNames.xcri, "applyTo"),
                (StandardNames.mlo, "engagement"), (StandardNames.xcri, "studyMode"),
                (StandardNames.xcri, "attendancePattern"), (StandardNames.xcri, "languageOfAssessment"),
                (StandardNames.xcri, "age"):
                ignored.append(child)
            default: diagnostics.unknown(child, in: what)
            }
        }
        diagnostics.notCarried(ignored, in: element, describedAs: what)
        guard let start else {
            if !element.children.contains(where: { $0.name == "start" }) {
                diagnostics.error(element, "\(what) has no mlo:start")
            }
            return nil
        }
        let last =
            end ?? durationDays.map { start.adding(days: max($0 - 1, 0)) }
            ?? {
                diagnostics.warning(element, "\(what) has no end or duration in days; assumed it ends on its start day")
                return start
            }()
        let placesLeft =
            places
            ?? {
                diagnostics.warning(
                    element, "\(what) has no mlo:places; assumed the maximum group size (\(maxGroupSize))")
                return maxGroupSize
            }()
        let place =
            location
            ?? {
                if isOnline { return "online" }
                diagnostics.warning(element, "\(what) has no venue; location left empty")
                return ""
            }()
        return CourseRun(id: id, start: start, end: last, location: place, isOnline: isOnline, placesLeft: placesLeft)
    }

    /// The venue's name: `provider/dc:title`, else `provider/mlo:location/mlo:town`.
    mutating func venue(_ element: XMLElementNode, what: String) -> String? {
        guard let provider = element.children.first(where: { $0.name == "provider" }) else {
            diagnostics.warning(element, "\(what): venue without provider; ignored")
            return nil
        }
        var ignored: [XMLElementNode] = []
        var name: String?
        var town: String?
        for child in provider.children {
            switch (child.namespace, child.name) {
            case (StandardNames.dc, "title") where name == nil:
                name = child.text.trimmingCharacters(in: .whitespacesAndNewlines)
            case (StandardNames.mlo, "location"):
                for part in child.children {
                    if part.namespace == StandardNames.mlo, part.name == "town", town == nil {
                        town = part.text.trimmingCharacters(in: .whitespacesAndNewlines)
                    } else if part.namespace == StandardNames.mlo,
                        ["address", "postcode", "phone", "fax", "email", "url"].contains(part.name)
                    {
                        ignored.append(part)
                    } else {
                        diagnostics.unknown(part, in: "\(what) venue location")
                    }
                }
            case (_, _) where Self.isCommon(child): ignored.append(child)
            default: diagnostics.unknown(child, in: "\(what) venue")
            }
        }
        diagnostics.notCarried(ignored, in: provider, describedAs: "\(what) venue")
        return name ?? town
    }

    // MARK: - Fallbacks from standard elements

    func languageOfInstruction(_ presentation: XMLElementNode?) -> Language? {
        guard let element = presentation?.children.first(where: { $0.name == "languageOfInstruction" }) else {
            return nil
        }
        switch element.text.trimmed.lowercased() {
        case "nl", "nld", "dut", "dutch", "nederlands", "nl-nl": return .dutch
        case "en", "eng", "english", "engels", "en-gb", "en-us": return .english
        default: return nil
        }
    }

    func presentationCost(_ presentation: XMLElementNode?) -> Euros? {
        guard
            let element = presentation?.children.first(where: { $0.name == "cost" && $0.namespace == StandardNames.mlo }
            )
        else { return nil }
        let text = element.text
        guard let range = text.range(of: #"[0-9]+([.,][0-9]{1,2})?"#, options: .regularExpression) else { return nil }
        return Euros(decimal: text[range].replacingOccurrences(of: ",", with: "."))
    }

    mutating func presentationHours(_ presentation: XMLElementNode?, what: String) -> Double? {
        guard let element = presentation?.children.first(where: { $0.name == "duration" }),
            let duration = ISODuration(element.attributes["interval"] ?? "")
        else { return nil }
        if duration.hours > 0 { return duration.hours }
        if let days = duration.days, days > 0 {
            diagnostics.warning(element, "\(what): study hours estimated from mlo:duration as \(days) × 7")
            return Double(days * 7)
        }
        return nil
    }

    // MARK: - Helpers

    /// The modules with their prerequisites that name a course of this feed.
    mutating func resolvedModules() -> [TrainingModule] {
        let entries = modules.map { entry in
            (entry.module, entry.prerequisites.map { (id: $0.text.trimmed, element: $0) })
        }
        return diagnostics.resolvingPrerequisites(entries) { module, id in
            "course '\(module)': prerequisite '\(id)' is not the identifier of a course in this feed; not imported"
        }
    }

    mutating func localized(_ element: XMLElementNode, into texts: inout [String: String], what: String) {
        let lang = (element.attributes["lang"] ?? "").lowercased().split(separator: "-").first.map(String.init) ?? ""
        if texts[lang] != nil {
            diagnostics.warning(
                element, "\(what): a second <\(StandardNames.qualified(element))> in '\(lang)'; ignored")
            return
        }
        texts[lang] = element.text.trimmed
    }

    /// Dutch and English from texts by language (`""` = no xml:lang).
    /// Dutch and English, where a text without a language serves whichever is missing; a
    /// missing text is an error when `required`, else a warning.
    mutating func bilingual(_ texts: [String: String], at element: XMLElementNode, what: String, required: Bool)
        -> LocalizedText?
    {
        var withDefault = texts
        withDefault["nl"] = texts["nl"] ?? texts[""]
        withDefault["en"] = texts["en"] ?? texts[""]
        if let text = diagnostics.bilingual(withDefault, at: element, what: what) { return text }
        if required {
            diagnostics.error(element, "\(what) is missing")
        } else {
            diagnostics.warning(element, "\(what) is missing; left empty")
        }
        return nil
    }

    func text(_ element: XMLElementNode?) -> String? {
        guard let value = element?.text.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            return nil
        }
        return value
    }

    func date(_ element: XMLElementNode) -> CalendarDate? {
        guard let dtf = element.attributes["dtf"]?.trimmingCharacters(in: .whitespaces), dtf.count >= 10 else {
            return nil
        }
        return CalendarDate(iso8601: dtf.prefix(10))
    }

    func leadingInteger(_ text: String) -> Int? {
        let digits = text.trimmingCharacters(in: .whitespacesAndNewlines).prefix { $0.isASCII && $0.isNumber }
        return Int(digits)
    }
}
