import Foundation
import Hummingbird
import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// Checks an uploaded catalogue with the safe XML reader, the schema and the model.
enum CatalogueUpload {
    /// The located problems of a refused upload.
    struct Problems: Error { var lines: [String] }

    static func check(_ data: Data, fileName: String, services: WebServices) -> Result<Catalogue, Problems> {
        let name = String(fileName.split(separator: "/").last ?? "catalogue.xml").prefix(80)
        guard let directory = services.contentDirectory else {
            return .failure(
                Problems(lines: [
                    "\(name): uploads need the Content directory's schema; start the server from the repository"
                ]))
        }
        do {
            let schema = try directory.schema(for: .catalogue)
            let root = try SafeXMLReader(maximumBytes: WebLimits.maximumCatalogue).read(
                data: data, fileName: String(name), schema: schema)
            return .success(
                try CatalogueDecoder.decode(root, file: String(name), model: services.content.current.model))
        } catch {
            return .failure(Problems(lines: error.diagnostics.prefix(50).map(\.description)))
        }
    }
}
