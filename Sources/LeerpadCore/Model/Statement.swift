/// One Likert statement of a questionnaire, measuring one subdimension.
public struct Statement: Hashable, Sendable, Identifiable {
    /// The stable identifier, used as the column name in answer sheets, e.g. `q05`.
    public var id: String
    /// The subdimension this statement measures.
    public var subdimensionID: String
    /// Whether agreeing means *less* maturity, so that answers are scored as 6 − answer.
    public var isReversed: Bool
    /// The statement as respondents read it.
    public var text: LocalizedText

    /// Creates a statement.
    public init(id: String, subdimensionID: String, isReversed: Bool, text: LocalizedText) {
        self.id = id
        self.subdimensionID = subdimensionID
        self.isReversed = isReversed
        self.text = text
    }
}
