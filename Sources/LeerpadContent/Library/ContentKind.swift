/// The kinds of files in `Content/`, each with its file name, schema and root element.
public enum ContentKind: String, CaseIterable, Sendable {
    /// The maturity model and its questionnaires.
    case model
    /// The course catalogue.
    case catalogue
    /// The sample data use cases.
    case useCases = "usecases"
    /// The recommendation rules.
    case rules
    /// The game: levels, XP and badges.
    case gamification

    /// The file's name in the Content directory.
    public var fileName: String { "\(rawValue).xml" }
    /// The schema's name in `Content/schema/`.
    public var schemaFileName: String { "\(rawValue).xsd" }
    /// The name of the root element.
    public var rootElement: String { rawValue }

    /// The kind whose root element is `name`.
    public init?(rootElement name: String) {
        guard let kind = ContentKind.allCases.first(where: { $0.rootElement == name }) else { return nil }
        self = kind
    }
}
