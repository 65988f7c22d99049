import Foundation
import LeerpadCore

/// Writes a ``Catalogue`` as a native catalogue file (`urn:leerpad:catalogue:1`, valid
/// against `Content/schema/catalogue.xsd`).
///
/// The output is deterministic: providers, modules and runs in catalogue order, every
/// attribute in a fixed order, two-space indentation, `\n` line ends. Every value is
/// escaped. Modules are written under the provider their `providerID` names; a module
/// whose provider is missing from `providers` gets a provider element of its own (named
/// after its id) so nothing is lost.
public enum CatalogueXMLWriter {
    /// The catalogue as XML text.
    public static func xml(for catalogue: Catalogue, comment: String? = nil) -> String {
        var builder = XMLMarkupBuilder()
        if let comment { builder.comment(comment) }
        builder.start("catalogue", [("xmlns", CatalogueDecoder.namespace), ("generated", catalogue.generated)])
        for provider in providersCovering(catalogue) {
            builder.start(
                "provider",
                [("id", provider.id), ("url", provider.url), ("fictional", provider.isFictional ? "true" : nil)])
            builder.element("name", text: provider.name)
            for module in catalogue.modules where module.providerID == provider.id {
                write(module, into: &builder)
            }
            builder.end()
        }
        builder.end()
        return builder.text
    }

    /// Writes the catalogue to `url` as UTF-8.
    public static func write(_ catalogue: Catalogue, to url: URL, comment: String? = nil) throws {
        try Data(xml(for: catalogue, comment: comment).utf8).write(to: url, options: .atomic)
    }

    /// The catalogue's providers, plus one for every provider id a module names that is not listed.
    static func providersCovering(_ catalogue: Catalogue) -> [Provider] {
        var providers = catalogue.providers
        var known = Set(providers.map(\.id))
        for module in catalogue.modules where !known.contains(module.providerID) {
            providers.append(Provider(id: module.providerID, name: module.providerID))
            known.insert(module.providerID)
        }
        return providers
    }

    private static func write(_ module: TrainingModule, into builder: inout XMLMarkupBuilder) {
        builder.start(
            "module",
            [
                ("id", module.id), ("format", module.format.rawValue), ("language", module.language.rawValue),
                ("hoursPerPerson", DecimalText.string(module.hoursPerPerson)),
                ("costPerPerson", module.costPerPerson.description), ("maxGroupSize", String(module.maxGroupSize)),
                ("url", module.url),
            ])
        builder.element("title", [("lang", "nl")], text: module.title.dutch)
        builder.element("title", [("lang", "en")], text: module.title.english)
        builder.element("description", [("lang", "nl")], text: module.description.dutch)
        builder.element("description", [("lang", "en")], text: module.description.english)
        for target in module.raises {
            builder.element("raises", [("subdimension", target.subdimensionID), ("toLevel", String(target.level))])
        }
        for prerequisite in module.prerequisites {
            builder.element("prerequisite", [("module", prerequisite)])
        }
        for competency in module.competencies {
            builder.element(
                "competency", [("framework", competency.framework), ("code", competency.code), ("uri", competency.uri)])
        }
        for run in module.runs {
            builder.element(
                "run",
                [
                    ("id", run.id), ("start", run.start.description), ("end", run.end.description),
                    ("location", run.location), ("online", run.isOnline ? "true" : nil),
                    ("places", String(run.placesLeft)),
                ])
        }
        builder.end()
    }
}
