import Foundation

/// The course-catalogue standards Leerpad reads (and, for XCRI-CAP, writes).
public enum CatalogueStandard: String, CaseIterable, Sendable {
    /// XCRI-CAP 1.2: `catalog > provider > course > presentation`.
    case xcri
    /// EDU-DEX: `program` or `programsList`.
    case edudex

    /// The standard whose root element `name` in `namespace` this is, if any.
    public static func detect(rootName name: String, namespace: String?) -> CatalogueStandard? {
        switch (namespace, name) {
        case (StandardNames.xcri, "catalog"): .xcri
        case (StandardNames.edudex, "program"), (StandardNames.edudex, "programsList"): .edudex
        default: nil
        }
    }

    /// The schema's file name in `Content/schema/standards/`.
    public var schemaFileName: String {
        switch self {
        case .xcri: "xcri_cap_1_2.xsd"
        case .edudex: "edudex_program.xsd"
        }
    }

    /// The schema files it imports, from the same directory.
    var dependencyFileNames: [String] {
        switch self {
        case .xcri: ["xml.xsd", "dc.xsd", "mlo.xsd"]
        case .edudex: ["xml.xsd"]
        }
    }

    /// How people call it.
    public var displayName: String {
        switch self {
        case .xcri: "XCRI-CAP 1.2"
        case .edudex: "EDU-DEX"
        }
    }

    /// Compiles its schema from `content`'s `schema/standards/` directory.
    public func schema(in content: ContentDirectory) throws(ContentError) -> XMLSchema {
        let directory = content.url.appendingPathComponent("schema").appendingPathComponent("standards")
        let main = directory.appendingPathComponent(schemaFileName)
        return try BundledSchemaLoader.compile(
            dependencies: dependencyFileNames.map { directory.appendingPathComponent($0) }
        ) { () throws(ContentError) in
            try XMLSchema(contentsOf: main)
        }
    }
}
