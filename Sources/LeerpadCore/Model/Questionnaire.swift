/// A questionnaire of the model, such as the quickscan or the full scan.
public struct Questionnaire: Hashable, Sendable, Identifiable {
    /// The stable identifier, e.g. `quickscan`.
    public var id: String
    /// The questionnaire's name.
    public var name: LocalizedText
    /// Its statements in the order respondents see them.
    public var statements: [Statement]

    /// Creates a questionnaire.
    public init(id: String, name: LocalizedText, statements: [Statement]) {
        self.id = id
        self.name = name
        self.statements = statements
    }
}
