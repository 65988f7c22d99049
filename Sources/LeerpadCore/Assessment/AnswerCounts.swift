/// How many Likert and "weet niet" answers a score was made from.
public protocol AnswerCounts {
    /// The number of Likert answers given.
    var answered: Int { get }
    /// The number of "weet niet" answers.
    var dontKnow: Int { get }
}

extension AnswerCounts {
    /// The share of "weet niet" among all answers given, 0 when none were given.
    public var dontKnowShare: Double {
        let total = answered + dontKnow
        return total == 0 ? 0 : Double(dontKnow) / Double(total)
    }
}
