/// The outcome of the lag-m autocorrelation test for seasonality, with its evidence.
public struct SeasonalityTestResult: Sendable, Equatable {
    /// Whether the series is judged seasonal.
    public let isSeasonal: Bool
    /// The lag-m autocorrelation r_m.
    public let autocorrelation: Double
    /// The critical value |r_m| must exceed.
    public let limit: Double
    /// Why the test was skipped or how it decided.
    public let explanation: String
}

/// The M4 seasonality test: |r_m| > z_{0.95} · sqrt((1 + 2 Σ_{k<m} r_k²) / n).
public enum SeasonalityTest {
    /// The one-sided 90 % critical value used by M4 (1.645).
    public static let criticalValue = 1.6448536269514722

    /// Tests `y` for seasonality with period `m`.
    /// Requires m > 1 and at least `minimumCycles` full cycles (M4 uses 3), otherwise not seasonal.
    /// - Complexity: O(n·m).
    public static func run(_ y: [Double], seasonLength m: Int, minimumCycles: Int = 3) -> SeasonalityTestResult {
        guard m > 1 else {
            return .init(isSeasonal: false, autocorrelation: 0, limit: 0, explanation: "season length 1")
        }
        guard y.count >= minimumCycles * m else {
            return .init(
                isSeasonal: false, autocorrelation: 0, limit: 0,
                explanation: "fewer than \(minimumCycles) seasons of data")
        }
        var sumSquares = 0.0
        for k in 1..<m {
            let r = Autocorrelation.coefficient(y, lag: k)
            sumSquares += r * r
        }
        let rm = Autocorrelation.coefficient(y, lag: m)
        let limit = criticalValue * ((1 + 2 * sumSquares) / Double(y.count)).squareRoot()
        let seasonal = abs(rm) > limit
        return .init(
            isSeasonal: seasonal, autocorrelation: rm, limit: limit,
            explanation: "|r_\(m)| = \(abs(rm)) \(seasonal ? ">" : "<=") \(limit)")
    }
}
