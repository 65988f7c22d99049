import Foundation
import Hummingbird
import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// Checks an uploaded catalogue with the safe XML reader, the schema and the model, and that
/// it still has every module the rules in use recommend (else those recommendations would
/// silently vanish).
enum CatalogueUpload {
    /// The located problems of a refused upload.
    struct Problems: Error { var lines: [String] }

    static func check(_ data: Data, fileName: String, services: WebServices, language: Language) -> Result<
        Catalogue, Problems
    > {
        check(
            data, fileName: fileName, directory: services.contentDirectory, content: services.content.current,
            language: language)
    }

    /// Checks `data` against the schema in `directory` and the model and rules of `content`.
    static func check(
        _ data: Data, fileName: String, directory: ContentDirectory?, content: ContentBundle, language: Language
    ) -> Result<Catalogue, Problems> {
        let name = String(fileName.split(separator: "/").last ?? "catalogue.xml").prefix(80)
        guard let directory else {
            return .failure(
                Problems(lines: [
                    "\(name): uploads need the Content directory's schema; start the server from the repository"
                ]))
        }
        do {
            let schema = try directory.schema(for: .catalogue)
            let root = try SafeXMLReader(maximumBytes: WebLimits.maximumCatalogue).read(
                data: data, fileName: String(name), schema: schema)
            let catalogue = try CatalogueDecoder.decode(root, file: String(name), model: content.model)
            let vocabulary = RuleVocabulary(model: content.model, catalogue: catalogue, useCases: content.useCases)
            let lost = content.rules.flatMap { rule in
                rule.moduleIDs.filter { !vocabulary.modules.contains($0) }.map {
                    "\(name): rule '\(rule.id)' recommends module '\($0)', which this catalogue lacks"
                }
            }
            guard lost.isEmpty else { return .failure(Problems(lines: Array(lost.prefix(50)))) }
            return .success(catalogue)
        } catch {
            return .failure(Problems(lines: Array(error.lines(in: language).prefix(50))))
        }
    }
}
