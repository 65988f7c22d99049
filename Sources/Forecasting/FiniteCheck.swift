/// Checks forecasts for NaN and infinity.
enum FiniteCheck {
    /// Whether the point forecast and all interval bounds are finite.
    static func isFinite(_ f: Forecast) -> Bool {
        f.mean.allSatisfy(\.isFinite)
            && f.intervals.allSatisfy { $0.lower.allSatisfy(\.isFinite) && $0.upper.allSatisfy(\.isFinite) }
    }
}
