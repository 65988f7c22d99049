/// How one subdimension changed between two assessments.
public struct SubdimensionChange: Hashable, Sendable {
    /// The subdimension's id.
    public var subdimensionID: String
    /// The earlier score and level, if there was an earlier assessment that scored it.
    public var previousScore: Double?
    public var previousLevel: Int?
    /// The current score and level.
    public var score: Double?
    public var level: Int?

    /// Creates a change.
    public init(subdimensionID: String, previousScore: Double?, previousLevel: Int?, score: Double?, level: Int?) {
        self.subdimensionID = subdimensionID
        self.previousScore = previousScore
        self.previousLevel = previousLevel
        self.score = score
        self.level = level
    }

    /// Score difference, when both are known.
    public var scoreChange: Double? {
        guard let score, let previousScore else { return nil }
        return score - previousScore
    }

    /// Level difference, when both are known: positive rose, negative fell.
    public var levelChange: Int? {
        guard let level, let previousLevel else { return nil }
        return level - previousLevel
    }
}

/// Compares a team's latest assessment with the one before.
public enum MaturityComparison {
    /// Per subdimension of `current`, its change since `previous`.
    public static func compare(previous: Assessment?, current: Assessment) -> [SubdimensionChange] {
        current.subdimensions.map { score in
            let before = previous?.subdimension(score.subdimensionID)
            return SubdimensionChange(
                subdimensionID: score.subdimensionID, previousScore: before?.score, previousLevel: before?.level,
                score: score.score, level: score.level)
        }
    }
}
