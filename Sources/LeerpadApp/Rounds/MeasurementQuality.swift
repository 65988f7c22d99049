import LeerpadCore

/// When a measurement, or one subdimension's score in it, stands on too little to read much into:
/// fewer respondents than the minimum, or more than half of the answers "weet niet".
public enum MeasurementQuality {
    /// The share of "weet niet" above which a score is thin.
    public static let dontKnowLimit = 0.5

    /// Whether `score` is thin for a measurement needing `minimum` respondents.
    public static func isThin(_ score: SubdimensionScore, minimum: Int) -> Bool {
        score.respondents < minimum || score.dontKnowShare > dontKnowLimit
    }

    /// Whether `assessment` as a whole is thin.
    public static func isThin(_ assessment: Assessment, minimum: Int) -> Bool {
        let answered = assessment.subdimensions.map(\.answered).reduce(0, +)
        let dontKnow = assessment.subdimensions.map(\.dontKnow).reduce(0, +)
        let total = answered + dontKnow
        return assessment.respondents < minimum || (total > 0 && Double(dontKnow) / Double(total) > dontKnowLimit)
    }
}
