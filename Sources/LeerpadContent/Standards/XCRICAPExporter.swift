import LeerpadCore

/// Writes a ``Catalogue`` as an XCRI-CAP 1.2 feed (valid against
/// `Content/schema/standards/xcri_cap_1_2.xsd`), so that ``XCRICAPImporter`` reads back
/// exactly the same catalogue.
///
/// Mapping (native → XCRI-CAP 1.2):
/// - provider: `dc:identifier` = id, `dc:title` = name, `mlo:url` = url,
///   `dc:type` `leerpad:fictional` when invented;
/// - module → `course`: `dc:identifier` = id; `dc:title` and `dc:description` twice, with
///   `xml:lang="nl"` and `"en"`; `mlo:url`; `abstract` = the Dutch description cut to 140
///   characters (derived, not read back); `mlo:prerequisite` = the id of each
///   prerequisite course; Leerpad's own fields as `dc:subject` codes (see
///   ``LeerpadSubjectCode``): raises, competencies, format, language, hours, cost, max
///   group size;
/// - run → `presentation`: `dc:identifier` = id, `mlo:start`/`end` with `dtf` = the dates,
///   `mlo:duration` with `interval="P{days}D"`, `attendanceMode` `ON` (online) or `CM`
///   (campus), `mlo:languageOfInstruction`, `mlo:places` = places left, `mlo:cost`
///   (`EUR 450.00`), `venue > provider > dc:title` = the location (and `mlo:location/
///   mlo:town` unless online).
/// The output is deterministic: catalogue order, fixed element and attribute order.
public enum XCRICAPExporter {
    /// The catalogue as an XCRI-CAP 1.2 document.
    public static func xml(for catalogue: Catalogue) -> String {
        var builder = XMLMarkupBuilder()
        builder.start(
            "catalog",
            [
                ("xmlns", StandardNames.xcri), ("xmlns:dc", StandardNames.dc), ("xmlns:mlo", StandardNames.mlo),
                ("generated", catalogue.generated),
            ])
        for provider in CatalogueXMLWriter.providersCovering(catalogue) {
            builder.start("provider")
            builder.element("dc:identifier", text: provider.id)
            builder.element("dc:title", text: provider.name)
            if provider.isFictional { builder.element("dc:type", text: LeerpadSubjectCode.fictional.text) }
            if let url = provider.url { builder.element("mlo:url", text: url) }
            for module in catalogue.modules where module.providerID == provider.id {
                write(module, into: &builder)
            }
            builder.end()
        }
        builder.end()
        return builder.text
    }

    private static func write(_ module: TrainingModule, into builder: inout XMLMarkupBuilder) {
        builder.start("course")
        builder.element("dc:description", [("xml:lang", "nl")], text: module.description.dutch)
        builder.element("dc:description", [("xml:lang", "en")], text: module.description.english)
        builder.element("dc:identifier", text: module.id)
        var codes: [LeerpadSubjectCode] = module.raises.map { .raises($0) }
        codes += module.competencies.map { .competency($0) }
        codes += [
            .format(module.format), .language(module.language), .hours(module.hoursPerPerson),
            .cost(module.costPerPerson), .maxGroupSize(module.maxGroupSize),
        ]
        for code in codes { builder.element("dc:subject", text: code.text) }
        builder.element("dc:title", [("xml:lang", "nl")], text: module.title.dutch)
        builder.element("dc:title", [("xml:lang", "en")], text: module.title.english)
        if let url = module.url { builder.element("mlo:url", text: url) }
        if !module.description.dutch.isEmpty {
            builder.element("abstract", [("xml:lang", "nl")], text: abstract(of: module.description.dutch))
        }
        for prerequisite in module.prerequisites { builder.element("mlo:prerequisite", text: prerequisite) }
        for run in module.runs { write(run, of: module, into: &builder) }
        builder.end()
    }

    private static func write(_ run: CourseRun, of module: TrainingModule, into builder: inout XMLMarkupBuilder) {
        builder.start("presentation")
        builder.element("dc:identifier", text: run.id)
        builder.element("mlo:start", [("dtf", run.start.description)], text: run.start.description)
        builder.element("end", [("dtf", run.end.description)], text: run.end.description)
        let days = max(run.start.days(until: run.end) + 1, 1)
        builder.element(
            "mlo:duration", [("interval", "P\(days)D")], text: days == 1 ? "1 dag" : "\(days) dagen")
        builder.element(
            "attendanceMode", [("identifier", run.isOnline ? "ON" : "CM")], text: run.isOnline ? "Online" : "Campus")
        builder.element("mlo:languageOfInstruction", text: module.language.rawValue)
        builder.element("mlo:places", text: String(run.placesLeft))
        builder.element("mlo:cost", text: "EUR \(module.costPerPerson)")
        builder.start("venue")
        builder.start("provider")
        builder.element("dc:title", text: run.location)
        if !run.isOnline {
            builder.start("mlo:location")
            builder.element("mlo:town", text: run.location)
            builder.end()
        }
        builder.end()
        builder.end()
        builder.end()
    }

    /// At most 140 characters (XCRI-CAP's limit for `abstract`), cut at a word with `…`.
    static func abstract(of text: String) -> String {
        guard text.count > 140 else { return text }
        var cut = String(text.prefix(139))
        if let space = cut.lastIndex(of: " ") { cut = String(cut[..<space]) }
        return cut + "…"
    }
}
