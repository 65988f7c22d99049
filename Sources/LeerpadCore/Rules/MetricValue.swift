/// A measured quantity and its value for a team: the evidence behind a fired rule.
public struct MetricValue: Hashable, Sendable, CustomStringConvertible {
    /// What was measured.
    public var reference: MetricReference
    /// Its value, or `nil` when nobody answered.
    public var value: Double?

    /// Creates a value.
    public init(reference: MetricReference, value: Double?) {
        self.reference = reference
        self.value = value
    }

    public var description: String {
        guard let value else { return "\(reference) = ?" }
        return "\(reference) = \((value * 100).rounded() / 100)"
    }
}

extension Assessment {
    /// The value of `reference` for this team, or `nil` when nobody answered (or the id is unknown).
    public func value(of reference: MetricReference) -> Double? {
        if let score = subdimension(reference.target) {
            return Self.value(
                reference.metric, score: score.score, level: score.level, spread: score.spread,
                dontKnowShare: score.dontKnowShare, respondents: score.respondents,
                given: score.answered + score.dontKnow)
        }
        if let score = dimension(reference.target) {
            return Self.value(
                reference.metric, score: score.score, level: score.level, spread: score.spread,
                dontKnowShare: score.dontKnowShare, respondents: score.respondents,
                given: score.answered + score.dontKnow)
        }
        return nil
    }

    private static func value(
        _ metric: Metric, score: Double?, level: Int?, spread: Double, dontKnowShare: Double, respondents: Int,
        given: Int
    ) -> Double? {
        switch metric {
        case .score: score
        case .level: level.map(Double.init)
        case .spread: respondents > 0 ? spread : nil
        case .dontKnow: given > 0 ? dontKnowShare : nil
        case .respondents: Double(respondents)
        }
    }
}
