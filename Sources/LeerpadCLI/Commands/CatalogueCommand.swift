import ArgumentParser
import Foundation
import LeerpadApp
import LeerpadContent
import LeerpadCore

extension CatalogueStandard: ExpressibleByArgument {}

/// `leerpad catalogue …`: check a course catalogue, import and export XCRI-CAP 1.2 or EDU-DEX feeds.
struct CatalogueCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalogue",
        abstract: "Validate, import and export (XCRI-CAP 1.2, EDU-DEX) course catalogues.",
        subcommands: [ValidateCommand.self, ImportCommand.self, ExportCommand.self]
    )

    /// `leerpad catalogue validate [FILE] [--stream]`.
    struct ValidateCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract:
                "Check a native catalogue against catalogue.xsd and the model; print counts or file:line:column errors.",
            discussion: """
                --stream reads with libxml2's streaming reader: memory stays flat however many \
                courses the file holds, and files over 64 MiB are accepted. Exit code 1 on any problem.
                """
        )

        @Argument(help: "The catalogue (default: Content/catalogue.xml).")
        var file: String?

        @Flag(help: "Stream the file instead of building a tree (for large catalogues).")
        var stream = false

        @OptionGroup var location: ContentDirectoryOptions

        @Option(name: .customLong("lang"), help: "Language of the messages: nl (default) or en.")
        var language: Language = .default

        func run() throws {
            let directory = try location.directory()
            let url = file.map { URL(fileURLWithPath: $0) } ?? directory.file(.catalogue)
            let model = try? directory.loadModel()
            let counts: (providers: Int, modules: Int, runs: Int)
            do {
                if stream {
                    let summary = try CatalogueStreamReader(content: directory).validate(contentsOf: url, model: model)
                    counts = (summary.providers, summary.modules, summary.runs)
                } else {
                    let catalogue = try directory.loadCatalogue(from: url, model: model)
                    counts = (
                        catalogue.providers.count, catalogue.modules.count,
                        catalogue.modules.map(\.runs.count).reduce(0, +)
                    )
                }
            } catch {
                for line in error.lines(in: language) { printError(line) }
                if case .tooLarge = error { printError("hint: use --stream for large catalogues") }
                throw ExitCode.failure
            }
            print(
                "\(url.relativePath): OK (\(counts.providers) providers, \(counts.modules) modules, \(counts.runs) runs)"
            )
        }
    }

    /// `leerpad catalogue import FILE [--from xcri|edudex] [-o OUT.xml]`.
    struct ImportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Turn an XCRI-CAP 1.2 or EDU-DEX feed into a native catalogue.",
            discussion: """
                The standard is detected from the root element's namespace unless --from says it. \
                The native catalogue goes to standard output or -o FILE; warnings (fields Leerpad \
                cannot take over, assumed values, schema deviations) go to standard error as \
                file:line:column: warning: …. Exit code 1 on errors (for instance a course without \
                identifier or without a leerpad:raises code), or on warnings with --strict.
                """
        )

        @Argument(help: "The feed to import.")
        var file: String

        @Option(name: .customLong("from"), help: "The feed's standard: xcri or edudex (default: detect).")
        var standard: CatalogueStandard?

        @Option(
            name: [.short, .customLong("output")], help: "Write the native catalogue here instead of standard output.")
        var output: String?

        @Flag(help: "Treat warnings as errors.")
        var strict = false

        @OptionGroup var location: ContentDirectoryOptions

        @Option(name: .customLong("lang"), help: "Language of the messages: nl (default) or en.")
        var language: Language = .default

        func run() throws {
            let directory = try location.directory()
            let imported: CatalogueImport
            do {
                imported = try CatalogueImporter(content: directory).importCatalogue(
                    contentsOf: URL(fileURLWithPath: file), as: standard, model: try? directory.loadModel())
            } catch {
                for line in error.lines(in: language) { printError(line) }
                throw ExitCode.failure
            }
            for warning in imported.warnings { printError(warning.description) }
            if strict, !imported.warnings.isEmpty { throw ExitCode.failure }
            let xml = CatalogueXMLWriter.xml(for: imported.catalogue)
            try CatalogueCommand.emit(xml, to: output)
        }
    }

    /// `leerpad catalogue export [FILE] --to xcri|edudex [-o OUT]`.
    struct ExportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write a native catalogue as an XCRI-CAP 1.2 feed or an EDU-DEX programsList.",
            discussion: """
                Leerpad's own fields travel as leerpad: codes (dc:subject in XCRI-CAP, searchword in \
                EDU-DEX: leerpad:raises:SUBDIMENSION:LEVEL, …), so 'catalogue import' reads the feed \
                back and exporting again gives the same file. The feed is checked against \
                Content/schema/standards/xcri_cap_1_2.xsd or edudex_program.xsd before it is written. \
                Caveat for EDU-DEX: edudex_program.xsd is a subset reconstructed from EDU-DEX's public \
                documentation, not the published program.xsd 1.8; EDU-DEX carries no provider name.
                """
        )

        @Argument(help: "The native catalogue (default: Content/catalogue.xml).")
        var file: String?

        @Option(name: .customLong("to"), help: "The standard to write: xcri or edudex.")
        var standard: CatalogueStandard

        @Option(name: [.short, .customLong("output")], help: "Write the feed here instead of standard output.")
        var output: String?

        @OptionGroup var location: ContentDirectoryOptions

        @Option(name: .customLong("lang"), help: "Language of the messages: nl (default) or en.")
        var language: Language = .default

        func run() throws {
            let directory = try location.directory()
            let url = file.map { URL(fileURLWithPath: $0) } ?? directory.file(.catalogue)
            let xml: String
            do {
                let catalogue = try directory.loadCatalogue(from: url, model: try? directory.loadModel())
                switch standard {
                case .xcri: xml = XCRICAPExporter.xml(for: catalogue)
                case .edudex: xml = EDUDEXExporter.xml(for: catalogue)
                }
                _ = try SafeXMLReader().read(
                    data: Data(xml.utf8), fileName: output ?? "<\(standard.rawValue) export>",
                    schema: try standard.schema(in: directory))
            } catch {
                for line in error.lines(in: language) { printError(line) }
                throw ExitCode.failure
            }
            try CatalogueCommand.emit(xml, to: output)
        }
    }

    /// Writes `text` to the file at `path`, or to standard output.
    static func emit(_ text: String, to path: String?) throws {
        guard let path else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            printError("\(path):0:0: cannot be written: \(error.localizedDescription)")
            throw ExitCode.failure
        }
    }
}
