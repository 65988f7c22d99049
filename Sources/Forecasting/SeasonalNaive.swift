/// The seasonal naive method: every future value equals the value one season earlier.
public enum SeasonalNaive {
    /// Forecasts `horizon` steps; falls back to ``Naive`` when the series is shorter than one season.
    public static func forecast(_ y: [Double], seasonLength m: Int, horizon: Int, levels: [Double] = [80, 95]) throws
        -> Forecast
    {
        guard horizon >= 1 else { throw ForecastingError.invalidHorizon(horizon) }
        guard m > 1, y.count >= m else {
            var f = try Naive.forecast(y, horizon: horizon, levels: levels)
            f.notes.append("seasonal naive needs one full season; used naive")
            return f
        }
        let n = y.count
        let mean = (0..<horizon).map { y[n - m + ($0 % m)] }
        let sigma = Residuals.rootMeanSquare(Naive.lagDifferences(y, lag: m))
        let intervals = levels.map { level -> PredictionInterval in
            let z = NormalDistribution.twoSidedMultiplier(level: level)
            let w = (0..<horizon).map { z * sigma * Double($0 / m + 1).squareRoot() }
            return PredictionInterval(
                level: level, lower: zip(mean, w).map { $0 - $1 }, upper: zip(mean, w).map { $0 + $1 })
        }
        return Forecast(method: "SeasonalNaive", mean: mean, intervals: intervals)
    }
}
