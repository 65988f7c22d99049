import Foundation
import LeerpadCore

/// Imports an XCRI-CAP 1.2 or EDU-DEX feed into a native ``Catalogue``.
///
/// Steps: the feed is read with ``SafeXMLReader`` (the same hostile-input rules as every
/// Content file: any DOCTYPE, external resource or malformed byte stops it); the standard
/// is taken from `standard` or detected from the root element's namespace; the feed is
/// validated against the standard's schema in `Content/schema/standards/` — violations
/// are reported as warnings, since feeds in the wild often bend the schema and the
/// mapping can still go on; then ``XCRICAPImporter`` or ``EDUDEXImporter`` maps it.
/// Finally the result is written as native XML and checked against `catalogue.xsd` and
/// for prerequisite cycles, so an import never yields a catalogue Leerpad cannot load.
///
/// Throws ``ContentError/invalid(_:)`` with every error and warning (warnings' messages
/// start with `warning: `) when any error was found; otherwise returns the catalogue and
/// the warnings.
public struct CatalogueImporter: Sendable {
    /// Where the schemas are.
    public var content: ContentDirectory
    /// The reader for the feed.
    public var reader = SafeXMLReader()

    /// An importer that uses the schemas in `content`.
    public init(content: ContentDirectory) {
        self.content = content
    }

    /// Imports the feed at `url`.
    public func importCatalogue(
        contentsOf url: URL, as standard: CatalogueStandard? = nil, model: MaturityModel? = nil
    ) throws(ContentError) -> CatalogueImport {
        let data: Data
        do {
            let size = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
            if size > reader.maximumBytes {
                throw ContentError.tooLarge(file: url.relativePath, bytes: size, limit: reader.maximumBytes)
            }
            data = try Data(contentsOf: url)
        } catch let error as ContentError {
            throw error
        } catch {
            throw .unreadable(file: url.relativePath, reason: SafeXMLReader.reason(error))
        }
        return try importCatalogue(data: data, fileName: url.relativePath, as: standard, model: model)
    }

    /// Imports the feed in `data`; `fileName` names it in diagnostics.
    public func importCatalogue(
        data: Data, fileName: String, as standard: CatalogueStandard? = nil, model: MaturityModel? = nil
    ) throws(ContentError) -> CatalogueImport {
        let root = try reader.read(data: data, fileName: fileName)
        guard let detected = CatalogueStandard.detect(rootName: root.name, namespace: root.namespace) else {
            throw .invalid([
                XMLDiagnostic(
                    file: fileName, line: root.line, column: root.column,
                    message:
                        "<\(root.name)> in namespace '\(root.namespace ?? "")' is neither an XCRI-CAP 1.2 <catalog xmlns=\"\(StandardNames.xcri)\"> nor an EDU-DEX <program> or <programsList xmlns=\"\(StandardNames.edudex)\">"
                )
            ])
        }
        if let standard, standard != detected {
            throw .invalid([
                XMLDiagnostic(
                    file: fileName, line: root.line, column: root.column,
                    message: "is \(detected.displayName), not \(standard.displayName)")
            ])
        }
        let schema = try detected.schema(in: content)
        var schemaWarnings: [XMLDiagnostic] = []
        do {
            _ = try reader.read(data: data, fileName: fileName, schema: schema)
        } catch {
            schemaWarnings = error.diagnostics.map {
                XMLDiagnostic(
                    file: $0.file, line: $0.line, column: $0.column,
                    message: "warning: not valid against \(detected.schemaFileName): \($0.message)")
            }
        }
        let (catalogue, diagnostics) =
            switch detected {
            case .xcri: XCRICAPImporter.decode(root, file: fileName, model: model)
            case .edudex: EDUDEXImporter.decode(root, file: fileName, model: model)
            }
        let reportedLines = Set(diagnostics.warnings.filter { $0.message.contains("unknown element") }.map(\.line))
        var warnings = schemaWarnings.filter { !reportedLines.contains($0.line) } + diagnostics.warnings
        warnings.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        var errors = diagnostics.errors
        if errors.isEmpty { errors = selfCheck(catalogue, fileName: fileName) }
        guard errors.isEmpty else {
            throw .invalid((errors + warnings).sorted { ($0.line, $0.column) < ($1.line, $1.column) })
        }
        return CatalogueImport(catalogue: catalogue, warnings: warnings)
    }

    /// Problems of the imported catalogue as a native file (none when the mapping is right).
    private func selfCheck(_ catalogue: Catalogue, fileName: String) -> [XMLDiagnostic] {
        let native = Data(CatalogueXMLWriter.xml(for: catalogue).utf8)
        let name = "\(fileName) (imported as a native catalogue)"
        do {
            let root = try reader.read(data: native, fileName: name, schema: try content.schema(for: .catalogue))
            _ = try CatalogueDecoder.decode(root, file: name)
            return []
        } catch {
            return error.diagnostics
        }
    }
}
