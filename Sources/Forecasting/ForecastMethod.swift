/// The forecasting methods a caller can ask for by name.
public enum ForecastMethod: String, Sendable, CaseIterable, Codable {
    /// Choose among ETS, Theta and their combination by rolling-origin backtest sMAPE.
    case auto
    /// Automatic ETS (lowest AICc).
    case ets
    /// Automatic Theta (lowest in-sample MSE).
    case theta
    /// Mean of automatic ETS and automatic Theta.
    case combo
    /// M4's Naive2 benchmark.
    case naive2
    /// Naive (last value).
    case naive
    /// Seasonal naive (value one season earlier).
    case seasonalNaive = "snaive"
}

/// Runs any ``ForecastMethod`` on a series: the single entry point for commands and backtests.
public struct Forecaster: Sendable {
    /// Observations per season.
    public var seasonLength: Int
    /// Interval coverage levels in percent.
    public var levels: [Double] = [80, 95]
    /// Seed for simulated intervals.
    public var seed: UInt64 = 42
    /// How the intervals of ETS, Theta and their combination are calibrated (the naive methods
    /// always keep their random-walk intervals).
    public var intervalCalibration: IntervalCalibration = .rollingOrigin(folds: 3)

    /// Creates a forecaster.
    public init(
        seasonLength: Int, levels: [Double] = [80, 95], seed: UInt64 = 42,
        intervalCalibration: IntervalCalibration = .rollingOrigin(folds: 3)
    ) {
        self.seasonLength = max(1, seasonLength)
        self.levels = levels
        self.seed = seed
        self.intervalCalibration = intervalCalibration
    }

    /// The largest magnitude an observation may have: far above any count a demo or benchmark
    /// forecasts, far below where squares and sums of squares stop being finite.
    public static let maximumMagnitude = 1e15

    /// Throws when a value is NaN, infinite or beyond ``maximumMagnitude``.
    public static func validate(_ y: [Double]) throws(ForecastingError) {
        if let i = y.firstIndex(where: { !$0.isFinite }) { throw .nonFiniteValue(index: i) }
        if let i = y.firstIndex(where: { abs($0) > maximumMagnitude }) {
            throw .valueOutOfRange(index: i, value: y[i], limit: maximumMagnitude)
        }
    }

    /// Forecasts `horizon` steps of `y` with `method`. For ``ForecastMethod/auto`` the backtest
    /// that decided is summarised in the notes.
    public func forecast(_ y: [Double], horizon: Int, method: ForecastMethod) throws -> Forecast {
        guard horizon >= 1 else { throw ForecastingError.invalidHorizon(horizon) }
        guard !y.isEmpty else { throw ForecastingError.seriesTooShort(method: method.rawValue, needed: 1, got: 0) }
        try Self.validate(y)
        switch method {
        case .naive: return try Naive.forecast(y, horizon: horizon, levels: levels)
        case .seasonalNaive:
            return try SeasonalNaive.forecast(y, seasonLength: seasonLength, horizon: horizon, levels: levels)
        case .naive2: return try Naive2.forecast(y, seasonLength: seasonLength, horizon: horizon, levels: levels)
        case .ets:
            let f = try AutoETS(seasonLength: seasonLength).forecast(y, horizon: horizon, levels: levels, seed: seed)
            return calibrated(f, y, horizon: horizon, method: .ets)
        case .theta:
            let f = try AutoTheta(seasonLength: seasonLength).forecast(
                y, horizon: horizon, levels: levels, seed: seed)
            return calibrated(f, y, horizon: horizon, method: .theta)
        case .combo:
            let model = modelOnly
            let e = try model.forecast(y, horizon: horizon, method: .ets)
            let t = try model.forecast(y, horizon: horizon, method: .theta)
            return combined(e, t, y, horizon: horizon)
        case .auto:
            return try automatic(y, horizon: horizon)
        }
    }

    /// The outcome of automatic method choice: the winner and every contender's backtest.
    public struct AutomaticChoice: Sendable {
        /// The method with the lowest backtest sMAPE.
        public let method: ForecastMethod
        /// Backtest per contender, in the order tried.
        public let backtests: [(method: ForecastMethod, result: BacktestResult)]
    }

    /// Backtests ETS, Theta and their combination and picks the lowest mean sMAPE
    /// (the combination when the series is too short to backtest).
    public func chooseAutomatically(_ y: [Double], horizon: Int, folds: Int = 3) -> AutomaticChoice {
        let backtest = RollingOriginBacktest(horizon: horizon, folds: folds)
        var best = ForecastMethod.combo
        var bestScore = Double.infinity
        var results: [(method: ForecastMethod, result: BacktestResult)] = []
        for method in [ForecastMethod.ets, .theta, .combo] {
            guard let result = try? backtest.run(y, seasonLength: seasonLength, method: method, forecaster: self) else {
                continue
            }
            results.append((method, result))
            if result.summary.sMAPE < bestScore {
                bestScore = result.summary.sMAPE
                best = method
            }
        }
        return AutomaticChoice(method: best, backtests: results)
    }

    private func automatic(_ y: [Double], horizon: Int) throws -> Forecast {
        let choice = chooseAutomatically(y, horizon: horizon)
        var f = try forecast(y, horizon: horizon, method: choice.method)
        let scores = choice.backtests.map {
            "\($0.method.rawValue) sMAPE \(($0.result.summary.sMAPE * 100).rounded() / 100)"
        }
        f.notes.insert(
            scores.isEmpty
                ? "series too short to backtest; used the combination"
                : "chosen by backtest: " + scores.joined(separator: ", "), at: 0)
        return f
    }

    /// This forecaster with the models' own intervals, for the forecasts calibration refits.
    private var modelOnly: Forecaster {
        var f = self
        f.intervalCalibration = .model
        return f
    }

    /// Forecasts made with the model's own intervals at the calibration origins, with the values that followed.
    private func originForecasts(_ y: [Double], horizon: Int, method: ForecastMethod, folds: Int)
        -> [(forecast: Forecast, actual: ArraySlice<Double>)]
    {
        let calibration = RollingOriginCalibration(folds: folds)
        let model = modelOnly
        return calibration.origins(count: y.count, horizon: horizon, minimumFit: max(8, 2 * seasonLength)).compactMap {
            origin in
            let steps = min(horizon, y.count - origin)
            guard let f = try? model.forecast(Array(y[0..<origin]), horizon: steps, method: method) else { return nil }
            return (f, y[origin..<(origin + steps)])
        }
    }

    /// `f` with intervals rescaled by the method's rolling-origin errors (``RollingOriginCalibration``).
    private func calibrated(_ f: Forecast, _ y: [Double], horizon: Int, method: ForecastMethod) -> Forecast {
        let folds: Int
        let quantile: Bool
        switch intervalCalibration {
        case .model: return f
        case .rollingOrigin(let k): (folds, quantile) = (k, false)
        case .rollingOriginQuantile(let k): (folds, quantile) = (k, true)
        }
        guard !f.intervals.isEmpty, f.method.hasPrefix(method == .ets ? "ETS" : "Theta") else { return f }
        let calibration = RollingOriginCalibration(folds: folds)
        let past = originForecasts(y, horizon: horizon, method: method, folds: folds)
        let scales = f.intervals.map { interval in
            let errors = past.flatMap {
                RollingOriginCalibration.standardizedErrors($0.forecast, actual: $0.actual, level: interval.level)
                    .compactMap { $0 }
            }
            return (quantile ? calibration.quantileScale(errors, level: interval.level) : calibration.scale(errors))
                ?? 1
        }
        var out = RollingOriginCalibration.scaled(f, by: scales)
        let shown = scales.map { String(format: "%.2f", $0) }.joined(separator: "/")
        out.notes.append("interval widths scaled by \(shown) from errors at \(past.count) earlier origins")
        return out
    }

    /// The equal-weight combination of `e` and `t`, with intervals derived from both members' calibrated
    /// variances and the correlation of their errors at earlier origins (``RollingOriginCalibration``).
    private func combined(_ e: Forecast, _ t: Forecast, _ y: [Double], horizon: Int) -> Forecast {
        var out = Combination.mean([e, t])
        let folds: Int
        switch intervalCalibration {
        case .model: return out
        case .rollingOrigin(let k), .rollingOriginQuantile(let k): folds = k
        }
        guard !out.intervals.isEmpty else { return out }
        let calibration = RollingOriginCalibration(folds: folds)
        let pastE = originForecasts(y, horizon: horizon, method: .ets, folds: folds)
        let pastT = originForecasts(y, horizon: horizon, method: .theta, folds: folds)
        var origins = 0
        out.intervals = out.intervals.map { interval in
            let level = interval.level
            guard let ie = e.interval(level: level), let it = t.interval(level: level) else { return interval }
            var uu: [(Double, Double)] = []
            for (a, b) in zip(pastE, pastT) where a.actual.startIndex == b.actual.startIndex {
                let ue = RollingOriginCalibration.standardizedErrors(a.forecast, actual: a.actual, level: level)
                let ut = RollingOriginCalibration.standardizedErrors(b.forecast, actual: b.actual, level: level)
                for (x, z) in zip(ue, ut) { if let x, let z { uu.append((x, z)) } }
            }
            origins = min(pastE.count, pastT.count)
            var m1 = 1.0
            var m2 = 1.0
            var cross = 1.0
            if uu.count >= calibration.minimumErrors {
                let n = Double(uu.count)
                m1 = uu.reduce(0) { $0 + $1.0 * $1.0 } / n
                m2 = uu.reduce(0) { $0 + $1.1 * $1.1 } / n
                cross = uu.reduce(0) { $0 + $1.0 * $1.1 } / n
                let rho = m1 > 0 && m2 > 0 ? max(-1, min(1, cross / (m1 * m2).squareRoot())) : 1
                let floor = calibration.minimumScale * calibration.minimumScale
                m1 = max(m1, floor)
                m2 = max(m2, floor)
                cross = rho * (m1 * m2).squareRoot()
            }
            let z = NormalDistribution.twoSidedMultiplier(level: level)
            func bound(_ k: Int, upper: Bool) -> Double {
                let se = (upper ? ie.upper[k] - e.mean[k] : e.mean[k] - ie.lower[k]) / z
                let st = (upper ? it.upper[k] - t.mean[k] : t.mean[k] - it.lower[k]) / z
                let s = RollingOriginCalibration.combinedSigma(
                    first: se, second: st, firstMoment: m1, secondMoment: m2, crossMoment: cross)
                return upper ? out.mean[k] + z * s : out.mean[k] - z * s
            }
            return PredictionInterval(
                level: level, lower: (0..<out.horizon).map { bound($0, upper: false) },
                upper: (0..<out.horizon).map { bound($0, upper: true) })
        }
        out.notes.append(
            "intervals derived from both members' errors and their correlation at \(origins) earlier origins")
        return out
    }
}
