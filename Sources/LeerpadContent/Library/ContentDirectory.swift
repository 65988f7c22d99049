import Foundation
import LeerpadCore

/// The directory that holds Leerpad's Content files (`model.xml`, … and `schema/*.xsd`).
///
/// Found, in this order: an explicit path; the `LEERPAD_CONTENT` environment variable;
/// `Content/` in the working directory; `Content/` next to the executable or in one of
/// its parent directories (so `swift run` and an installed copy both find it).
public struct ContentDirectory: Sendable {
    /// The directory's location.
    public let url: URL
    /// The reader used for every file.
    public var reader = SafeXMLReader()

    /// Uses `url` as the Content directory.
    public init(url: URL) {
        self.url = url
    }

    /// Finds the Content directory as described above.
    public static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        workingDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
        executable: URL = URL(fileURLWithPath: CommandLine.arguments.first ?? ".")
    ) throws(ContentError) -> ContentDirectory {
        if let path = environment["LEERPAD_CONTENT"], !path.isEmpty {
            return ContentDirectory(url: URL(fileURLWithPath: path))
        }
        var candidates = [URL(fileURLWithPath: "Content", relativeTo: workingDirectory)]
        var directory = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(directory.appendingPathComponent("Content"))
            directory.deleteLastPathComponent()
        }
        let modelName = ContentKind.model.fileName
        if let found = candidates.first(where: {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent(modelName).path)
        }) {
            return ContentDirectory(url: found)
        }
        throw .unreadable(
            file: "Content/\(modelName)",
            reason: "no Content directory found; run from the repository or set LEERPAD_CONTENT")
    }

    /// The location of the file of `kind`.
    public func file(_ kind: ContentKind) -> URL {
        url.appendingPathComponent(kind.fileName)
    }

    /// The compiled schema for `kind`.
    public func schema(for kind: ContentKind) throws(ContentError) -> XMLSchema {
        try XMLSchema(contentsOf: url.appendingPathComponent("schema").appendingPathComponent(kind.schemaFileName))
    }

    /// Reads and validates the maturity model, from `file` or else this directory's `model.xml`.
    public func loadModel(from file: URL? = nil) throws(ContentError) -> MaturityModel {
        let location = file ?? self.file(.model)
        let root = try reader.read(contentsOf: location, schema: try schema(for: .model))
        return try MaturityModelDecoder.decode(root, file: location.relativePath)
    }

    /// Reads and validates a catalogue, from `file` or else this directory's `catalogue.xml`;
    /// `model` (when given) checks the subdimensions and levels it names.
    public func loadCatalogue(from file: URL? = nil, model: MaturityModel?) throws(ContentError) -> Catalogue {
        let location = file ?? self.file(.catalogue)
        let root = try reader.read(contentsOf: location, schema: try schema(for: .catalogue))
        return try CatalogueDecoder.decode(root, file: location.relativePath, model: model)
    }

    /// Reads and validates the use cases, from `file` or else this directory's `usecases.xml`.
    public func loadUseCases(from file: URL? = nil, model: MaturityModel?) throws(ContentError) -> [UseCase] {
        let location = file ?? self.file(.useCases)
        let root = try reader.read(contentsOf: location, schema: try schema(for: .useCases))
        return try UseCaseDecoder.decode(root, file: location.relativePath, model: model)
    }

    /// Reads and validates the rules, from `file` or else this directory's `rules.xml`;
    /// `vocabulary` (when given) checks every id a rule names.
    public func loadRules(from file: URL? = nil, vocabulary: RuleVocabulary? = nil) throws(ContentError) -> [Rule] {
        let location = file ?? self.file(.rules)
        let root = try reader.read(contentsOf: location, schema: try schema(for: .rules))
        return try RuleSetDecoder.decode(root, file: location.relativePath, vocabulary: vocabulary)
    }

    /// Reads and validates the game's settings from this directory's `gamification.xml`.
    public func loadGameSettings(model: MaturityModel?) throws(ContentError) -> GameSettings {
        let location = file(.gamification)
        let root = try reader.read(contentsOf: location, schema: try schema(for: .gamification))
        return try GameSettingsDecoder.decode(root, file: location.relativePath, model: model)
    }

    /// Reads every Content file; a given file replaces the directory's own.
    public func loadBundle(
        model modelFile: URL? = nil, catalogue catalogueFile: URL? = nil, rules rulesFile: URL? = nil
    ) throws(ContentError) -> ContentBundle {
        let model = try loadModel(from: modelFile)
        let catalogue = try loadCatalogue(from: catalogueFile, model: model)
        let useCases = try loadUseCases(model: model)
        let vocabulary = RuleVocabulary(model: model, catalogue: catalogue, useCases: useCases)
        return ContentBundle(
            model: model, catalogue: catalogue, useCases: useCases,
            rules: try loadRules(from: rulesFile, vocabulary: vocabulary), game: try loadGameSettings(model: model))
    }

    /// The Content files that exist in this directory, in a fixed order.
    public func existingFiles() -> [URL] {
        ContentKind.allCases.map(file).filter { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Checks `files` (default: every Content file): well-formed, safe, valid against the
    /// schema its root element names, and meaningful. Returns every problem found.
    public func validate(_ files: [URL]? = nil) -> [XMLDiagnostic] {
        let model = try? loadModel()
        var diagnostics: [XMLDiagnostic] = []
        for file in files ?? existingFiles() {
            do {
                try validateFile(file, model: model)
            } catch {
                diagnostics += error.diagnostics
            }
        }
        return diagnostics
    }

    /// The ids rules may name, from `model` and this directory's catalogue and use cases; `nil`
    /// when one of them cannot be read (its own validation reports why).
    private func ruleVocabulary(model: MaturityModel?) -> RuleVocabulary? {
        guard let model, let catalogue = try? loadCatalogue(model: model),
            let useCases = try? loadUseCases(model: model)
        else { return nil }
        return RuleVocabulary(model: model, catalogue: catalogue, useCases: useCases)
    }

    /// Validates one file: its kind comes from its name (`model.xml`, …) or else its root element,
    /// so a Content file is parsed once; `model` checks the ids other files name.
    private func validateFile(_ file: URL, model: MaturityModel?) throws(ContentError) {
        let kind: ContentKind
        if let named = ContentKind.allCases.first(where: { $0.fileName == file.lastPathComponent }) {
            kind = named
        } else {
            let root = try reader.read(contentsOf: file)
            guard let sniffed = ContentKind(rootElement: root.name) else {
                let known = ContentKind.allCases.map { "<\($0.rootElement)>" }.joined(separator: ", ")
                throw .invalid([
                    XMLDiagnostic(
                        file: file.relativePath, line: root.line, column: 0,
                        message: "unknown root element <\(root.name)>; expected one of \(known)")
                ])
            }
            kind = sniffed
        }
        let validated = try reader.read(contentsOf: file, schema: try schema(for: kind))
        let path = file.relativePath
        switch kind {
        case .model: _ = try MaturityModelDecoder.decode(validated, file: path)
        case .catalogue: _ = try CatalogueDecoder.decode(validated, file: path, model: model)
        case .useCases: _ = try UseCaseDecoder.decode(validated, file: path, model: model)
        case .rules: _ = try RuleSetDecoder.decode(validated, file: path, vocabulary: ruleVocabulary(model: model))
        case .gamification: _ = try GameSettingsDecoder.decode(validated, file: path, model: model)
        }
    }
}
