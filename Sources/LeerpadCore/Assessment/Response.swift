/// One respondent's answers, as one row of a survey export.
public struct Response: Hashable, Sendable {
    /// The pseudonymous respondent code.
    public var respondent: String
    /// The team the respondent belongs to, when the export says so.
    public var team: String?
    /// The respondent's role (e.g. beleidsadviseur), when the export says so.
    public var role: String?
    /// Answers by statement id. A statement the respondent left out has no entry.
    public var answers: [String: Answer]

    /// Creates a response.
    public init(respondent: String, team: String? = nil, role: String? = nil, answers: [String: Answer]) {
        self.respondent = respondent
        self.team = team
        self.role = role
        self.answers = answers
    }
}

extension Sequence<Response> {
    /// Whether any respondent answered any statement on the 1–5 scale ("weet niet" and empty
    /// cells do not count): answers without one are no measurement.
    public var containAnAnswer: Bool {
        contains { response in response.answers.values.contains { if case .likert = $0 { true } else { false } } }
    }
}
