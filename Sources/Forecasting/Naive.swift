/// The naive method: every future value equals the last observation.
public enum Naive {
    /// Forecasts `horizon` steps with random-walk intervals (σ from one-step in-sample errors).
    public static func forecast(_ y: [Double], horizon: Int, levels: [Double] = [80, 95]) throws -> Forecast {
        guard horizon >= 1 else { throw ForecastingError.invalidHorizon(horizon) }
        guard let last = y.last else { throw ForecastingError.seriesTooShort(method: "Naive", needed: 1, got: 0) }
        let mean = [Double](repeating: last, count: horizon)
        let sigma = Residuals.rootMeanSquare(lagDifferences(y, lag: 1))
        let intervals = levels.map { level -> PredictionInterval in
            let z = NormalDistribution.twoSidedMultiplier(level: level)
            let w = (1...horizon).map { z * sigma * Double($0).squareRoot() }
            return PredictionInterval(
                level: level, lower: zip(mean, w).map { $0 - $1 }, upper: zip(mean, w).map { $0 + $1 })
        }
        return Forecast(method: "Naive", mean: mean, intervals: intervals)
    }

    static func lagDifferences(_ y: [Double], lag: Int) -> [Double] {
        guard y.count > lag else { return [] }
        return (lag..<y.count).map { y[$0] - y[$0 - lag] }
    }
}
