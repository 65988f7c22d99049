/// M4's Naive2 benchmark: seasonally adjust by classical multiplicative decomposition when the
/// lag-m autocorrelation test says so, forecast the adjusted series naively, reseasonalise.
public enum Naive2 {
    /// Multiplicative seasonal indices (mean 1) by cycle position from the start of the series,
    /// or all ones when the series is not seasonal, with the test that decided.
    public static func seasonalIndices(_ y: [Double], seasonLength m: Int) -> (
        indices: [Double], test: SeasonalityTestResult
    ) {
        let test = SeasonalityTest.run(y, seasonLength: m)
        guard test.isSeasonal, y.allSatisfy({ $0 > 0 }) else {
            return ([Double](repeating: 1, count: max(1, m)), test)
        }
        let idx = ClassicalDecomposition.seasonalIndices(y, seasonLength: m, kind: .multiplicative)
        guard idx.allSatisfy({ $0.isFinite && $0 > 0 }) else {
            return ([Double](repeating: 1, count: m), test)
        }
        return (idx, test)
    }

    /// Forecasts `horizon` steps with random-walk intervals on the adjusted series.
    public static func forecast(_ y: [Double], seasonLength m: Int, horizon: Int, levels: [Double] = [80, 95]) throws
        -> Forecast
    {
        guard horizon >= 1 else { throw ForecastingError.invalidHorizon(horizon) }
        guard !y.isEmpty else { throw ForecastingError.seriesTooShort(method: "Naive2", needed: 1, got: 0) }
        let (idx, test) = seasonalIndices(y, seasonLength: m)
        let period = idx.count
        let adjusted = y.enumerated().map { $1 / idx[$0 % period] }
        let base = try Naive.forecast(adjusted, horizon: horizon, levels: levels)
        let n = y.count
        let factor = (0..<horizon).map { idx[(n + $0) % period] }
        var result = Forecast(method: "Naive2", mean: zip(base.mean, factor).map { $0 * $1 })
        result.intervals = base.intervals.map {
            PredictionInterval(
                level: $0.level, lower: zip($0.lower, factor).map { $0 * $1 },
                upper: zip($0.upper, factor).map { $0 * $1 })
        }
        result.notes = [
            test.isSeasonal
                ? "seasonal (\(test.explanation)); multiplicative decomposition" : "not seasonal (\(test.explanation))"
        ]
        return result
    }
}
