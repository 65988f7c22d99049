import LeerpadCore

/// Writes a ``Catalogue`` as an EDU-DEX `programsList` (valid against
/// `Content/schema/standards/edudex_program.xsd`), so that ``EDUDEXImporter`` reads it back and
/// exporting again gives the same file, byte for byte.
///
/// **Caveat**: that schema is a *reconstructed subset* of EDU-DEX 1.8 (`program.xsd`,
/// `programsList.xsd` were not available offline): a file valid against it is not proven
/// valid against the published schemas, and `programsList` holding `program` elements in
/// the same namespace, `programRun`'s children and `maxParticipants` are assumptions.
///
/// Mapping (native → EDU-DEX), each module one `program`, children in the schema's order:
/// - `lastEdited` (of the list) = the catalogue's `generated`;
/// - `programAdmission/maxParticipants` = maximum group size;
/// - `programClassification`: `orgUnitId` = provider id, `programDuration unit="uur"` = hours,
///   `programForm` (`online zelfstudie (e-learning)`, `virtual classroom` when every run is
///   online, else `deeltijd`), `programId` = id, `programType` (`workshop`, `coaching`, else
///   `training`);
/// - `programCurriculum`: `language`, `studyLoad period="uur"`;
/// - `programDescriptions`: `programName` and `programDescriptionText` in `nl` and `en`,
///   `searchword` `leerpad:` codes (``LeerpadSubjectCode``) for what EDU-DEX has no field
///   for (raises, competencies, prerequisites) and for format, language, hours, cost and group
///   size, so that they come back exactly; `webLink` = url;
/// - `programSchedule`: `genericProgramRun/cost` = the tuition fee (`lesgeld`, EUR); each run a
///   `programRun` with `id`, `startDate`, `endDate`, `location`, `placesAvailable`.
/// Not carried: the provider's name, url and fictional flag (EDU-DEX programs name only an
/// `orgUnitId`; the importer names the provider after it, with a warning), and whether a run
/// is online when its location is not `online`.
public enum EDUDEXExporter {
    /// The catalogue as an EDU-DEX `programsList` document.
    public static func xml(for catalogue: Catalogue) -> String {
        var builder = XMLMarkupBuilder()
        builder.start("programsList", [("xmlns", StandardNames.edudex)])
        builder.element("generator", text: "Leerpad")
        builder.element("lastEdited", text: catalogue.generated)
        for module in catalogue.modules { write(module, into: &builder) }
        builder.end()
        return builder.text
    }

    private static func write(_ module: TrainingModule, into builder: inout XMLMarkupBuilder) {
        builder.start("program")
        builder.start("programAdmission")
        builder.element("maxParticipants", text: String(module.maxGroupSize))
        builder.end()
        builder.start("programClassification")
        builder.element("orgUnitId", text: module.providerID)
        builder.element("programDuration", [("unit", "uur")], text: DecimalText.string(module.hoursPerPerson))
        builder.element("programForm", text: form(of: module))
        builder.element("programId", text: module.id)
        builder.element("programType", text: type(of: module.format))
        builder.end()
        builder.start("programCurriculum")
        builder.element("language", text: module.language.rawValue)
        builder.element("studyLoad", [("period", "uur")], text: DecimalText.string(module.hoursPerPerson))
        builder.end()
        builder.start("programDescriptions")
        builder.element("programName", [("xml:lang", "nl")], text: module.title.dutch)
        builder.element("programName", [("xml:lang", "en")], text: module.title.english)
        if !module.description.dutch.isEmpty || !module.description.english.isEmpty {
            builder.element("programDescriptionText", [("xml:lang", "nl")], text: module.description.dutch)
            builder.element("programDescriptionText", [("xml:lang", "en")], text: module.description.english)
        }
        var codes: [LeerpadSubjectCode] = module.raises.map { .raises($0) }
        codes += module.competencies.map { .competency($0) }
        codes += module.prerequisites.map { .prerequisite($0) }
        codes += [
            .format(module.format), .language(module.language), .hours(module.hoursPerPerson),
            .cost(module.costPerPerson), .maxGroupSize(module.maxGroupSize),
        ]
        for code in codes { builder.element("searchword", [("xml:lang", "nl")], text: code.text) }
        if let url = module.url { builder.element("webLink", text: url) }
        builder.end()
        builder.start("programSchedule")
        builder.start("genericProgramRun")
        builder.start("cost")
        builder.element("amount", text: module.costPerPerson.description)
        builder.element("costType", text: "lesgeld")
        builder.element("currency", text: "EUR")
        builder.end()
        builder.end()
        for run in module.runs {
            builder.start("programRun")
            builder.element("id", text: run.id)
            builder.element("startDate", text: run.start.description)
            builder.element("endDate", text: run.end.description)
            builder.element("location", text: run.location)
            builder.element("placesAvailable", text: String(run.placesLeft))
            builder.end()
        }
        builder.end()
        builder.end()
    }

    private static func form(of module: TrainingModule) -> String {
        if module.format == .eLearning { return "online zelfstudie (e-learning)" }
        if !module.runs.isEmpty, module.runs.allSatisfy(\.isOnline) { return "virtual classroom" }
        return "deeltijd"
    }

    private static func type(of format: ModuleFormat) -> String {
        switch format {
        case .workshop: "workshop"
        case .coaching: "coaching"
        case .classroom, .eLearning: "training"
        }
    }
}
