/// A competency a module develops, in a public framework (DigComp, e-CF, ESCO, EDISON).
public struct Competency: Hashable, Sendable {
    /// The framework's name, e.g. `DigComp`.
    public var framework: String
    /// The code within the framework, e.g. `1.3`.
    public var code: String
    /// The competency's URI, where the framework has one (ESCO).
    public var uri: String?

    /// Creates a competency tag.
    public init(framework: String, code: String, uri: String? = nil) {
        self.framework = framework
        self.code = code
        self.uri = uri
    }
}
