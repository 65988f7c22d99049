import FuzzSupport
import LeerpadContent

let catalogueSchema = FuzzSupport.schema(for: .catalogue)

/// Feeds the bytes to the safe XML reader twice, as the importers and the catalogue upload
/// do: once without a schema (any well-formed XML becomes a tree), once against the
/// catalogue schema followed by the catalogue decoder with the built-in model. A thrown
/// ``ContentError`` is the correct answer to bad input; only a trap or a sanitizer report
/// counts as a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCatalogueXML(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = FuzzSupport.data(bytes, count)
    let reader = SafeXMLReader()
    do {
        _ = try reader.read(data: data, fileName: "fuzz.xml")
    } catch {
        _ = error.diagnostics.map(\.description)
    }
    do {
        let root = try reader.read(data: data, fileName: "fuzz.xml", schema: catalogueSchema)
        let catalogue = try CatalogueDecoder.decode(root, file: "fuzz.xml", model: FuzzSupport.model)
        _ = catalogue.modules.count
    } catch {
        _ = error.diagnostics.map(\.description)
    }
    return 0
}
