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

    /// Creates a forecaster.
    public init(seasonLength: Int, levels: [Double] = [80, 95], seed: UInt64 = 42) {
        self.seasonLength = max(1, seasonLength)
        self.levels = levels
        self.seed = seed
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
            return try AutoETS(seasonLength: seasonLength).forecast(y, horizon: horizon, levels: levels, seed: seed)
        case .theta:
            return try AutoTheta(seasonLength: seasonLength).forecast(y, horizon: horizon, levels: levels, seed: seed)
        case .combo:
            let e = try forecast(y, horizon: horizon, method: .ets)
            let t = try forecast(y, horizon: horizon, method: .theta)
            return Combination.mean([e, t])
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
}
