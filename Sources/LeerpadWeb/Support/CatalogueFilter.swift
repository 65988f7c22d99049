import Foundation
import Hummingbird
import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// The catalogue browser's filters: format, subdimension and free text.
struct CatalogueFilter {
    var format: ModuleFormat?
    var subdimension: String?
    var text: String

    init(query: FormData) {
        format = query["format"].flatMap(ModuleFormat.init(rawValue:))
        subdimension = query["subdimension"].flatMap { $0.isEmpty ? nil : $0 }
        text = String((query["q"] ?? "").prefix(100))
    }

    func apply(to catalogue: Catalogue, model: MaturityModel) -> [TrainingModule] {
        let needle = text.trimmingCharacters(in: .whitespaces).lowercased()
        return catalogue.modules.filter { module in
            (format == nil || module.format == format)
                && (subdimension == nil || module.raises.contains { $0.subdimensionID == subdimension })
                && (needle.isEmpty
                    || [
                        module.id, module.title.dutch, module.title.english, module.description.dutch,
                        module.description.english,
                    ]
                    .contains { $0.lowercased().contains(needle) })
        }
    }
}
