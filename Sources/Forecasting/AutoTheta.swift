/// Automatic Theta (like statsforecast `AutoTheta`): multiplicative seasonal adjustment when the
/// lag-m test says so, the four Theta variants fitted, the lowest in-sample MSE kept, reseasonalised.
public struct AutoTheta: Sendable {
    /// Observations per season.
    public var seasonLength: Int
    /// Variants to consider (all four by default; `[.standard]` gives the classic Theta method).
    public var variants: [ThetaVariant] = ThetaVariant.allCases
    /// Number of simulated paths for prediction intervals.
    public var paths = 1_000

    /// Creates an automatic Theta forecaster.
    public init(seasonLength: Int, variants: [ThetaVariant] = ThetaVariant.allCases) {
        self.seasonLength = max(1, seasonLength)
        self.variants = variants
    }

    /// Seasonal adjustment: factors per position (from the start), whether multiplicative, and why.
    public static func seasonalAdjustment(_ y: [Double], seasonLength m: Int) -> (
        component: [Double], multiplicative: Bool, note: String
    )? {
        guard m >= 4, y.count >= 2 * m else { return nil }
        let test = SeasonalityTest.run(y, seasonLength: m, minimumCycles: 2)
        guard test.isSeasonal else { return nil }
        var multiplicative = y.allSatisfy { $0 > 0 }
        var comp = ClassicalDecomposition.seasonalComponent(
            y, seasonLength: m, kind: multiplicative ? .multiplicative : .additive)
        if multiplicative && comp.contains(where: { $0 < 0.01 }) {
            multiplicative = false
            comp = ClassicalDecomposition.seasonalComponent(y, seasonLength: m, kind: .additive)
        }
        return (
            comp, multiplicative,
            "seasonal (\(test.explanation)), \(multiplicative ? "multiplicative" : "additive") adjustment"
        )
    }

    /// Forecasts `horizon` steps with 80/95 % (or `levels`) intervals from seeded simulation.
    /// Falls back to the naive method (with a note) below four observations.
    public func forecast(_ y: [Double], horizon: Int, levels: [Double] = [80, 95], seed: UInt64 = 42) throws -> Forecast
    {
        guard horizon >= 1 else { throw ForecastingError.invalidHorizon(horizon) }
        if let i = y.firstIndex(where: { !$0.isFinite }) { throw ForecastingError.nonFiniteValue(index: i) }
        if let first = y.first, y.allSatisfy({ $0 == first }) {
            let mean = [Double](repeating: first, count: horizon)
            return Forecast(
                method: "Theta(constant)", mean: mean,
                intervals: levels.map { PredictionInterval(level: $0, lower: mean, upper: mean) },
                notes: ["constant series: forecast equals the constant"])
        }
        guard y.count >= 4 else {
            var f = try Naive.forecast(y, horizon: horizon, levels: levels)
            f.notes.append("Theta needs at least 4 observations; used the naive method")
            return f
        }
        let adjustment = AutoTheta.seasonalAdjustment(y, seasonLength: seasonLength)
        var adjusted = y
        if let adj = adjustment {
            adjusted = zip(y, adj.component).map { adj.multiplicative ? $0 / $1 : $0 - $1 }
        }
        var best: ThetaModel?
        for v in variants {
            let model = try ThetaModel.fit(adjusted, variant: v)
            if model.mse.isFinite && (best == nil || model.mse < best!.mse) { best = model }
        }
        guard let model = best else {
            throw ForecastingError.noModelFitted(reason: "no Theta variant gave a finite error")
        }
        let n = y.count
        let m = seasonLength
        var mean = model.pointForecast(horizon: horizon)
        var intervals: [PredictionInterval] = []
        if !levels.isEmpty {
            let paths = model.samplePaths(horizon: horizon, paths: paths, seed: seed)
            intervals = SampleQuantile.intervals(paths: paths, horizon: horizon, levels: levels)
        }
        if let adj = adjustment {
            let future = (0..<horizon).map { adj.component[n - m + ($0 % m)] }
            func apply(_ v: [Double]) -> [Double] { zip(v, future).map { adj.multiplicative ? $0 * $1 : $0 + $1 } }
            mean = apply(mean)
            intervals = intervals.map {
                PredictionInterval(level: $0.level, lower: apply($0.lower), upper: apply($0.upper))
            }
        }
        for i in intervals.indices {
            for k in 0..<horizon {
                intervals[i].lower[k] = min(intervals[i].lower[k], mean[k])
                intervals[i].upper[k] = max(intervals[i].upper[k], mean[k])
            }
        }
        var notes = [adjustment?.note ?? "not seasonally adjusted"]
        notes.append(
            "Theta variant \(model.variant.rawValue) (α = \(model.alpha), θ = \(model.theta)) has the lowest in-sample MSE"
        )
        let f = Forecast(method: "Theta(\(model.variant.rawValue))", mean: mean, intervals: intervals, notes: notes)
        if !FiniteCheck.isFinite(f) {
            var fallback = try Naive2.forecast(y, seasonLength: seasonLength, horizon: horizon, levels: levels)
            fallback.notes.insert("Theta gave non-finite values; used Naive2", at: 0)
            return fallback
        }
        return f
    }
}
