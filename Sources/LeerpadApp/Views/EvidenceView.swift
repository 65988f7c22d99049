import LeerpadCore

/// One number a rule's condition read, as JSON: `metric` of `target` and its `value`.
public struct EvidenceView: Encodable, Sendable {
    /// The quantity: `score`, `level`, `spread`, `dontknow` or `respondents`.
    public var metric: String
    /// The subdimension or dimension it was read for.
    public var target: String
    /// `nil` (JSON null) when nobody answered.
    @NullEncodable public var value: Double?

    /// The evidence of `metric`, rounded to three decimals.
    public init(_ metric: MetricValue) {
        self.metric = metric.reference.metric.rawValue
        target = metric.reference.target
        value = metric.value.map(LocalFormat.rounded)
    }
}
