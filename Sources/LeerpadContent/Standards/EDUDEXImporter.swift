import Foundation
import LeerpadCore

/// Maps an EDU-DEX `program` or `programsList` (namespace
/// `http://studieData.nl/schema/edudex/program`) to a native ``Catalogue``.
///
/// Mapping (EDU-DEX → native), each program one module:
/// - `programClassification/programId` → id; `orgUnitId` → provider (named after its id:
///   a program file does not carry the institute's name — warning);
/// - `programDescriptions/programName@xml:lang` → title, `programDescriptionText` (else
///   `programSummaryText`) → description, `webLink` → url;
/// - `searchword` with `leerpad:` codes (``LeerpadSubjectCode``) → raises, competencies,
///   prerequisites and, when given, format, language, hours, cost and maximum group size;
/// - format: `programType` workshop/coaching, else `programForm` `online zelfstudie
///   (e-learning)` → e-learning, else classroom (deeltijd, voltijd, virtual classroom, …);
/// - language: `programCurriculum/language`; hours: `programCurriculum/studyLoad` with
///   period `uur`/`hour` (days × 8, warning), else `programDuration` in hours;
/// - cost: the tuition fee (`costType` `lesgeld`/`tuition fee`, else the first cost) of
///   the generic run or the first run, in euros;
/// - maximum group size: `programAdmission/maxParticipants` (else 20, warning);
/// - `programSchedule/programRun` → runs: `id`, `startDate`/`endDate` (else the first and
///   last `courseDay/date`), `location` (else `programLocation`), online when the form is
///   `virtual classroom` or the location is `online`, `placesAvailable` (else the group size).
/// Errors: a program without programId, without a `leerpad:raises` search word, without
/// programName, without study hours, or a run without a start date. Known fields Leerpad
/// has no place for are listed in one warning per program; unknown elements get one each.
public enum EDUDEXImporter {
    /// Maps `root`; `file` names the feed in diagnostics, `model` (when given) checks raised
    /// subdimensions and levels.
    static func decode(
        _ root: XMLElementNode, file: String, model: MaturityModel?
    ) -> (catalogue: Catalogue, diagnostics: ImportDiagnostics) {
        var state = EDUDEXImportState(diagnostics: ImportDiagnostics(file: file), model: model)
        var programs: [XMLElementNode] = []
        var lastEdited: [String] = []
        if root.name == "programsList" {
            for child in root.children {
                switch child.name {
                case "program" where child.namespace == StandardNames.edudex: programs.append(child)
                case "lastEdited" where child.namespace == StandardNames.edudex: lastEdited.append(child.text.trimmed)
                case "generator" where child.namespace == StandardNames.edudex: break
                default: state.diagnostics.unknown(child, in: "<programsList>")
                }
            }
        } else {
            programs = [root]
        }
        for program in programs {
            if let edited = program.child(named: "lastEdited")?.text.trimmed { lastEdited.append(edited) }
            state.program(program)
        }
        var generated = lastEdited.max() ?? ""
        if generated.isEmpty {
            generated = "1970-01-01T00:00:00Z"
            state.diagnostics.warning(root, "no lastEdited date; the catalogue's 'generated' is set to \(generated)")
        }
        let modules = state.resolvedModules()
        return (Catalogue(generated: generated, providers: state.providers, modules: modules), state.diagnostics)
    }
}

/// The growing result of one EDU-DEX import.
private struct EDUDEXImportState {
    var diagnostics: ImportDiagnostics
    let model: MaturityModel?
    var providers: [Provider] = []
    var modules: [(module: TrainingModule, prerequisites: [(String, XMLElementNode)])] = []
    var ids = IdentifierRegistry()
    var runIDs = IdentifierRegistry()

    init(diagnostics: ImportDiagnostics, model: MaturityModel?) {
        self.diagnostics = diagnostics
        self.model = model
    }

    mutating func program(_ element: XMLElementNode) {
        diagnostics.checkAttributes(element, allowed: [])
        var parts = sections(of: element)
        let classification = parts.classification
        guard let programID = Self.field(classification, "programId"), !programID.text.trimmed.isEmpty else {
            diagnostics.error(
                element, "<program> has no programClassification/programId; Leerpad needs one to import it")
            return
        }
        guard let id = ids.native(programID.text.trimmed, at: programID, what: "programId", diagnostics: &diagnostics)
        else { return }
        let what = "program '\(id)'"
        let providerID = provider(of: classification ?? element)
        for child in classification?.children ?? [] {
            switch child.name {
            case "orgUnitId", "programId", "programForm", "programType", "programLocation", "programDuration": break
            case "degree", "programLevel": parts.ignored.append(child)
            default: diagnostics.unknown(child, in: "\(what) programClassification")
            }
        }
        let text = describe(parts.descriptions, what: what, ignored: &parts.ignored)
        let codes = text.codes
        let raises = raisedLevels(codes, at: parts.descriptions ?? element, what: what)
        guard let texts = titleAndDescription(text, at: parts.descriptions ?? element, what: what) else { return }
        let (format, online) = Self.format(codes: codes, classification: classification)
        guard let study = languageAndHours(parts, codes: codes, in: element, what: what, ignored: &parts.ignored)
        else { return }
        let groupSize = maxGroupSize(parts.admission, codes: codes, in: element, what: what, ignored: &parts.ignored)
        var cost = codes.lazy.compactMap { if case .cost(let value) = $0.0 { value } else { nil } }.first
        let runs = schedule(
            parts.schedule, programID: id, what: what, online: online,
            location: Self.field(classification, "programLocation")?.text.trimmed, groupSize: groupSize,
            cost: &cost, ignored: &parts.ignored)
        diagnostics.notCarried(parts.ignored, in: element, describedAs: what)
        let price =
            cost
            ?? {
                diagnostics.warning(parts.schedule ?? element, "\(what) states no tuition fee in euros; assumed 0")
                return .zero
            }()
        let prerequisites = codes.compactMap { code, element -> (String, XMLElementNode)? in
            if case .prerequisite(let id) = code { (id, element) } else { nil }
        }
        let module = TrainingModule(
            id: id, providerID: providerID, title: texts.title, description: texts.description, raises: raises,
            format: format, language: study.language, hoursPerPerson: study.hours, costPerPerson: price,
            maxGroupSize: groupSize,
            competencies: codes.compactMap { code, _ in if case .competency(let value) = code { value } else { nil } },
            runs: runs, url: text.url)
        modules.append((module, prerequisites))
    }

    /// The parts of a `<program>` Leerpad reads, and the known ones it has no place for.
    private struct ProgramSections {
        var classification: XMLElementNode?
        var descriptions: XMLElementNode?
        var curriculum: XMLElementNode?
        var admission: XMLElementNode?
        var schedule: XMLElementNode?
        var ignored: [XMLElementNode] = []
    }

    /// The texts and `leerpad:` codes of a `programDescriptions`.
    private struct ProgramTexts {
        var names: [String: String] = [:]
        var texts: [String: String] = [:]
        var summaries: [String: String] = [:]
        var codes: [(LeerpadSubjectCode, XMLElementNode)] = []
        var url: String?
    }

    /// The first EDU-DEX child of `parent` called `name`.
    private static func field(_ parent: XMLElementNode?, _ name: String) -> XMLElementNode? {
        parent?.children.first { $0.name == name && $0.namespace == StandardNames.edudex }
    }

    /// Every EDU-DEX child of `parent` called `name`.
    private static func fields(_ parent: XMLElementNode?, _ name: String) -> [XMLElementNode] {
        parent?.children.filter { $0.name == name && $0.namespace == StandardNames.edudex } ?? []
    }

    /// Sorts the children of `element` into its sections; reports elements of other namespaces or unknown names.
    private mutating func sections(of element: XMLElementNode) -> ProgramSections {
        var parts = ProgramSections()
        for child in element.children {
            guard child.namespace == StandardNames.edudex else {
                diagnostics.unknown(child, in: "<program>")
                continue
            }
            switch child.name {
            case "programClassification": parts.classification = child
            case "programDescriptions": parts.descriptions = child
            case "programCurriculum": parts.curriculum = child
            case "programAdmission": parts.admission = child
            case "programSchedule": parts.schedule = child
            case "editor", "expires", "format", "generator", "lastEdited": break
            case "programContacts": parts.ignored.append(child)
            default: diagnostics.unknown(child, in: "<program>")
            }
        }
        return parts
    }

    /// The provider id named after the classification's `orgUnitId`, adding the provider when it is new.
    private mutating func provider(of classification: XMLElementNode) -> String {
        let orgUnit = Self.field(classification, "orgUnitId")?.text.trimmed ?? ""
        let providerID = IdentifierSlug.isNative(orgUnit) ? orgUnit : IdentifierSlug.slug(orgUnit) ?? "edu-dex"
        if !providers.contains(where: { $0.id == providerID }) {
            providers.append(Provider(id: providerID, name: orgUnit.isEmpty ? providerID : orgUnit))
            diagnostics.warning(
                classification,
                "EDU-DEX programs do not name their institute; provider '\(providerID)' is named after its orgUnitId")
        }
        return providerID
    }

    /// Names, descriptions, web link and `leerpad:` search words, by language; other search words get one warning.
    private mutating func describe(
        _ descriptions: XMLElementNode?, what: String, ignored: inout [XMLElementNode]
    ) -> ProgramTexts {
        var text = ProgramTexts()
        var otherWords: [XMLElementNode] = []
        for child in descriptions?.children ?? [] {
            let lang = (child.attributes["lang"] ?? "").lowercased().split(separator: "-").first.map(String.init) ?? ""
            switch child.name {
            case "programName": text.names[lang] = text.names[lang] ?? child.text.trimmed
            case "programDescriptionText": text.texts[lang] = text.texts[lang] ?? child.text.trimmed
            case "programSummaryText": text.summaries[lang] = text.summaries[lang] ?? child.text.trimmed
            case "webLink": text.url = text.url ?? child.text.trimmingCharacters(in: .whitespacesAndNewlines)
            case "searchword":
                switch LeerpadSubjectCode.parse(child.text) {
                case .success(let code)?: text.codes.append((code, child))
                case .failure(let failure)?: diagnostics.error(child, "\(what): \(failure.message)")
                case nil: otherWords.append(child)
                }
            case "subjectText": ignored.append(child)
            default: diagnostics.unknown(child, in: "\(what) programDescriptions")
            }
        }
        if !otherWords.isEmpty {
            let list = otherWords.map { "'\($0.text.trimmed)'" }.joined(separator: ", ")
            diagnostics.warning(
                otherWords[0], "\(what): search words that are not Leerpad codes are not imported: \(list)")
        }
        return text
    }

    /// The levels the program raises (each checked against the model); an error when there are none.
    private mutating func raisedLevels(
        _ codes: [(LeerpadSubjectCode, XMLElementNode)], at descriptions: XMLElementNode, what: String
    ) -> [LevelTarget] {
        let raises = codes.compactMap { code, element -> LevelTarget? in
            guard case .raises(let target) = code else { return nil }
            diagnostics.checkRaises(target, against: model, at: element, what: what)
            return target
        }
        if raises.isEmpty {
            diagnostics.error(
                descriptions,
                "\(what) does not say which subdimension it raises; add <searchword xml:lang=\"nl\">leerpad:raises:SUBDIMENSION:LEVEL</searchword>"
            )
        }
        return raises
    }

    /// The bilingual title (`nil`, with an error, when missing) and description (empty, with a warning, when missing).
    private mutating func titleAndDescription(
        _ text: ProgramTexts, at descriptions: XMLElementNode, what: String
    ) -> (title: LocalizedText, description: LocalizedText)? {
        guard let title = diagnostics.bilingual(text.names, at: descriptions, what: "\(what) programName") else {
            diagnostics.error(descriptions, "\(what) has no programName")
            return nil
        }
        let description =
            diagnostics.bilingual(
                text.texts.isEmpty ? text.summaries : text.texts, at: descriptions, what: "\(what) description")
            ?? {
                diagnostics.warning(descriptions, "\(what) has no description; left empty")
                return LocalizedText(dutch: "", english: "")
            }()
        return (title, description)
    }

    /// The module format (a `leerpad:format` code, else from `programType` and `programForm`), and whether
    /// the program is taught online.
    private static func format(
        codes: [(LeerpadSubjectCode, XMLElementNode)], classification: XMLElementNode?
    ) -> (ModuleFormat, online: Bool) {
        let forms = fields(classification, "programForm").map { $0.text.trimmed.lowercased() }
        let type = field(classification, "programType")?.text.trimmed.lowercased() ?? ""
        let online = forms.contains { $0.contains("virtual classroom") || $0 == "online" }
        let format =
            codes.lazy.compactMap { if case .format(let value) = $0.0 { value } else { nil } }.first
            ?? {
                if type == "workshop" { return .workshop }
                if type == "coaching" { return .coaching }
                if forms.contains(where: { $0.contains("e-learning") || $0.contains("zelfstudie") }) {
                    return .eLearning
                }
                return .classroom
            }()
        return (format, online)
    }

    /// The language (Dutch when unstated, with a warning) and study hours per person; `nil`, with an
    /// error, when the program states no hours.
    private mutating func languageAndHours(
        _ parts: ProgramSections, codes: [(LeerpadSubjectCode, XMLElementNode)], in element: XMLElementNode,
        what: String, ignored: inout [XMLElementNode]
    ) -> (language: Language, hours: Double)? {
        var language = codes.lazy.compactMap { if case .language(let value) = $0.0 { value } else { nil } }.first
        var hours = codes.lazy.compactMap { if case .hours(let value) = $0.0 { value } else { nil } }.first
        for child in parts.curriculum?.children ?? [] {
            switch child.name {
            case "language":
                if language == nil {
                    switch child.text.trimmed.lowercased() {
                    case "nl", "nederlands", "dutch": language = .dutch
                    case "en", "engels", "english": language = .english
                    default:
                        diagnostics.warning(child, "\(what): language '\(child.text.trimmed)' is not nl or en; ignored")
                    }
                }
            case "studyLoad":
                guard hours == nil, let value = DecimalText.double(child.text) else { break }
                switch (child.attributes["period"] ?? "").lowercased() {
                case "uur", "hour", "hours", "uren": hours = value
                case "dag(en)", "day", "dagen", "dag":
                    hours = value * 8
                    diagnostics.warning(child, "\(what): study load in days counted as 8 hours a day")
                default:
                    diagnostics.warning(
                        child,
                        "\(what): study load per '\(child.attributes["period"] ?? "")' cannot be turned into hours")
                }
            case "instructionMode": ignored.append(child)
            default: diagnostics.unknown(child, in: "\(what) programCurriculum")
            }
        }
        if hours == nil, let duration = Self.field(parts.classification, "programDuration"),
            ["hour", "hours", "uur", "uren"].contains((duration.attributes["unit"] ?? "").lowercased())
        {
            hours = DecimalText.double(duration.text)
        }
        guard let hoursPerPerson = hours, hoursPerPerson > 0 else {
            diagnostics.error(
                parts.curriculum ?? parts.classification ?? element,
                "\(what) states no study hours (programCurriculum/studyLoad period=\"uur\" or leerpad:hours:HOURS)")
            return nil
        }
        if language == nil {
            diagnostics.warning(
                parts.curriculum ?? element, "\(what) states no language (programCurriculum/language); assumed Dutch")
        }
        return (language ?? .dutch, hoursPerPerson)
    }

    /// The maximum group size (a `leerpad:` code, else `maxParticipants`, else 20 with a warning).
    private mutating func maxGroupSize(
        _ admission: XMLElementNode?, codes: [(LeerpadSubjectCode, XMLElementNode)], in element: XMLElementNode,
        what: String, ignored: inout [XMLElementNode]
    ) -> Int {
        var maxGroupSize = codes.lazy.compactMap { if case .maxGroupSize(let value) = $0.0 { value } else { nil } }
            .first
        for child in admission?.children ?? [] {
            switch child.name {
            case "maxParticipants": maxGroupSize = maxGroupSize ?? Int(child.text.trimmed)
            case "applicationOpen", "applicationType", "minParticipants", "paymentDue", "requiredLevel",
                "startDateDetermination":
                ignored.append(child)
            default: diagnostics.unknown(child, in: "\(what) programAdmission")
            }
        }
        return maxGroupSize
            ?? {
                diagnostics.warning(admission ?? element, "\(what) states no maxParticipants; assumed 20")
                return 20
            }()
    }

    /// The runs of a `programSchedule`; sets `cost` from the first run's tuition fee when it has none yet.
    private mutating func schedule(
        _ schedule: XMLElementNode?, programID id: String, what: String, online: Bool, location: String?,
        groupSize: Int, cost: inout Euros?, ignored: inout [XMLElementNode]
    ) -> [CourseRun] {
        var runs: [CourseRun] = []
        for child in schedule?.children ?? [] {
            switch child.name {
            case "genericProgramRun":
                for part in child.children {
                    switch part.name {
                    case "cost": cost = cost ?? tuition(Self.fields(child, "cost"), what: what)
                    case "genericProgramRunFree": ignored.append(part)
                    default: diagnostics.unknown(part, in: "\(what) genericProgramRun")
                    }
                }
            case "programRun":
                cost = cost ?? tuition(Self.fields(child, "cost"), what: what)
                if let run = run(
                    child, number: runs.count + 1, programID: id, online: online, location: location,
                    groupSize: groupSize)
                {
                    runs.append(run)
                }
            default: diagnostics.unknown(child, in: "\(what) programSchedule")
            }
        }
        return runs
    }

    mutating func run(
        _ element: XMLElementNode, number: Int, programID: String, online: Bool, location: String?, groupSize: Int
    ) -> CourseRun? {
        let what = "programRun \(number) of program '\(programID)'"
        var id: String?
        var start: CalendarDate?
        var end: CalendarDate?
        var days: [CalendarDate] = []
        var place: String?
        var places: Int?
        for child in element.children {
            switch child.name {
            case "id":
                id = runIDs.native(child.text.trimmed, at: child, what: "programRun id", diagnostics: &diagnostics)
            case "startDate": start = CalendarDate(iso8601: child.text.trimmed)
            case "endDate": end = CalendarDate(iso8601: child.text.trimmed)
            case "location": place = child.text.trimmed
            case "placesAvailable": places = Int(child.text.trimmed)
            case "courseDay":
                if let date = child.child(named: "date").flatMap({ CalendarDate(iso8601: $0.text.trimmed) }) {
                    days.append(date)
                }
                if place == nil, let dayLocation = child.child(named: "location")?.text.trimmed { place = dayLocation }
            case "cost", "programRunFree": break
            default: diagnostics.unknown(child, in: what)
            }
        }
        guard let first = start ?? days.min() else {
            diagnostics.error(element, "\(what) has no startDate or courseDay date")
            return nil
        }
        let runID =
            id
            ?? {
                let derived = runIDs.unique("\(programID)-run-\(number)")
                diagnostics.warning(element, "\(what) has no id; using '\(derived)'")
                return derived
            }()
        let location = place ?? location ?? (online ? "online" : "")
        let isOnline = online || location.lowercased() == "online"
        return CourseRun(
            id: runID, start: first, end: end ?? days.max() ?? first, location: location, isOnline: isOnline,
            placesLeft: places
                ?? {
                    diagnostics.warning(element, "\(what) has no placesAvailable; assumed \(groupSize)")
                    return groupSize
                }())
    }

    /// The tuition fee among `costs`, in euros.
    mutating func tuition(_ costs: [XMLElementNode], what: String) -> Euros? {
        let fee =
            costs.first {
                ["lesgeld", "tuition fee"].contains($0.child(named: "costType")?.text.trimmed.lowercased() ?? "")
            } ?? costs.first
        guard let fee, let amount = fee.child(named: "amount") else { return nil }
        let currency = fee.child(named: "currency")?.text.trimmed.lowercased() ?? "eur"
        guard currency == "eur" else {
            diagnostics.warning(fee, "\(what): cost in '\(currency)' is not imported; Leerpad keeps euros")
            return nil
        }
        let text = amount.text.trimmed
        guard
            let value = Euros(decimal: text)
                ?? DecimalText.double(text).map({ Euros(cents: Int(($0 * 100).rounded())) })
        else {
            diagnostics.warning(amount, "\(what): amount '\(text)' is no number; ignored")
            return nil
        }
        return value
    }

    /// The modules with their prerequisites that name a program of this file.
    mutating func resolvedModules() -> [TrainingModule] {
        diagnostics.resolvingPrerequisites(modules) { module, id in
            "program '\(module)': prerequisite '\(id)' is not a program in this file; not imported"
        }
    }
}
