/// One respondent's answer to one statement.
public enum Answer: Hashable, Sendable {
    /// A Likert answer from 1 (helemaal oneens, strongly disagree) to 5 (helemaal eens, strongly agree).
    case likert(Int)
    /// "Weet niet": the respondent does not know.
    case dontKnow

    /// The valid Likert values.
    public static let likertRange = 1...5
}
