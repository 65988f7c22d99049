/// Accuracy of one backtest fold (one forecast origin).
public struct BacktestFold: Sendable, Equatable, Codable {
    /// Number of observations used for fitting (the origin).
    public let origin: Int
    /// Method name chosen at this origin.
    public let method: String
    /// Point forecasts made at the origin.
    public let forecast: [Double]
    /// Actual values that followed.
    public let actual: [Double]
    /// sMAPE in percent.
    public let sMAPE: Double
    /// MAPE in percent, nil when an actual value is zero.
    public let mape: Double?
    /// MASE, nil when the in-sample scale is zero.
    public let mase: Double?
}

/// Mean errors over all folds.
public struct BacktestSummary: Sendable, Equatable, Codable {
    /// Mean sMAPE in percent.
    public let sMAPE: Double
    /// Mean MAPE in percent over folds where it is defined.
    public let mape: Double?
    /// Mean MASE over folds where it is defined.
    public let mase: Double?
}

/// The result of a rolling-origin backtest.
public struct BacktestResult: Sendable, Equatable, Codable {
    /// The folds, oldest origin first.
    public let folds: [BacktestFold]
    /// Averages over the folds.
    public let summary: BacktestSummary
}

/// Rolling-origin evaluation: refit at several origins before the end of the series and compare
/// each forecast with what followed.
public struct RollingOriginBacktest: Sendable {
    /// Steps forecast at each origin.
    public var horizon: Int
    /// Number of origins.
    public var folds: Int
    /// Distance between consecutive origins (defaults to the horizon: non-overlapping test windows).
    public var step: Int

    /// Creates a backtest; the last origin leaves exactly `horizon` observations to test on.
    public init(horizon: Int, folds: Int = 3, step: Int? = nil) {
        self.horizon = max(1, horizon)
        self.folds = max(1, folds)
        self.step = max(1, step ?? horizon)
    }

    /// Runs `method` at every origin that leaves at least two seasons (or 8 points) for fitting.
    /// - Throws: ``ForecastingError/seriesTooShort(method:needed:got:)`` when no origin fits.
    public func run(_ y: [Double], seasonLength m: Int, method: ForecastMethod, forecaster: Forecaster) throws
        -> BacktestResult
    {
        let minimumFit = max(8, 2 * m)
        var origins: [Int] = []
        for k in 0..<folds {
            let origin = y.count - horizon - k * step
            if origin >= minimumFit { origins.append(origin) }
        }
        guard !origins.isEmpty else {
            throw ForecastingError.seriesTooShort(method: "backtest", needed: minimumFit + horizon, got: y.count)
        }
        // only the point forecasts are scored
        var pointForecaster = forecaster
        pointForecaster.levels = []
        var out: [BacktestFold] = []
        for origin in origins.reversed() {
            let train = Array(y[0..<origin])
            let actual = Array(y[origin..<(origin + horizon)])
            let f = try pointForecaster.forecast(train, horizon: horizon, method: method)
            out.append(
                BacktestFold(
                    origin: origin, method: f.method, forecast: f.mean, actual: actual,
                    sMAPE: AccuracyMetrics.sMAPE(actual: actual, forecast: f.mean),
                    mape: try? AccuracyMetrics.mape(actual: actual, forecast: f.mean),
                    mase: try? AccuracyMetrics.mase(actual: actual, forecast: f.mean, insample: train, seasonLength: m))
            )
        }
        func average(_ v: [Double]) -> Double? { v.isEmpty ? nil : v.reduce(0, +) / Double(v.count) }
        let summary = BacktestSummary(
            sMAPE: average(out.map(\.sMAPE)) ?? 0,
            mape: average(out.compactMap(\.mape)), mase: average(out.compactMap(\.mase)))
        return BacktestResult(folds: out, summary: summary)
    }
}
