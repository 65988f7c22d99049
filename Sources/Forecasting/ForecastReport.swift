/// Everything a demo shows about one forecast: the series, the forecast with intervals, the
/// backtest of the method used, and for automatic choice the contenders' backtests.
public struct ForecastReport: Sendable {
    /// The input series.
    public let series: TimeSeries
    /// The method requested.
    public let requestedMethod: ForecastMethod
    /// The method actually used (differs from the request for ``ForecastMethod/auto``).
    public let usedMethod: ForecastMethod
    /// The forecast (80 and 95 % intervals).
    public let forecast: Forecast
    /// Rolling-origin backtest of the method used, when the series is long enough.
    public let backtest: BacktestResult?
    /// For automatic choice: each contender's backtest.
    public let contenders: [(method: ForecastMethod, result: BacktestResult)]

    /// Months of the forecast steps, when the series is dated.
    public var forecastMonths: [YearMonth]? {
        guard let start = series.start else { return nil }
        return (0..<forecast.horizon).map { start.adding(months: series.count + $0) }
    }

    /// The fewest observations a demo forecast accepts: two full seasons (24 months), so that a
    /// seasonal pattern can be seen at all; below that every method would fall back to a naive one.
    public static func minimumLength(seasonLength: Int) -> Int { max(2 * seasonLength, 8) }

    /// Forecasts `series` and backtests the method over `folds` origins of `horizon` steps.
    /// - Throws: ``ForecastingError`` when the series is shorter than ``minimumLength(seasonLength:)``,
    ///   holds a value beyond ``Forecaster/maximumMagnitude``, or cannot be forecast with finite numbers.
    public static func make(series: TimeSeries, horizon: Int, method: ForecastMethod, folds: Int = 3, seed: UInt64 = 42)
        throws
        -> ForecastReport
    {
        try series.validateFinite()
        let needed = minimumLength(seasonLength: series.seasonLength)
        guard series.count >= needed else {
            throw ForecastingError.seriesTooShort(method: method.rawValue, needed: needed, got: series.count)
        }
        let forecaster = Forecaster(seasonLength: series.seasonLength, levels: [80, 95], seed: seed)
        var used = method
        var contenders: [(method: ForecastMethod, result: BacktestResult)] = []
        var forecast: Forecast
        if method == .auto {
            let choice = forecaster.chooseAutomatically(series.values, horizon: horizon, folds: folds)
            used = choice.method
            contenders = choice.backtests
            forecast = try forecaster.forecast(series.values, horizon: horizon, method: used)
            if !contenders.isEmpty {
                forecast.notes.insert(
                    "chosen by lowest backtest sMAPE among "
                        + contenders.map(\.method.rawValue).joined(separator: ", "), at: 0)
            }
        } else {
            forecast = try forecaster.forecast(series.values, horizon: horizon, method: method)
        }
        guard FiniteCheck.isFinite(forecast) else {
            throw ForecastingError.noModelFitted(reason: "the forecast of \(used.rawValue) is not finite")
        }
        let backtest =
            contenders.first { $0.method == used }?.result
            ?? (try? RollingOriginBacktest(horizon: horizon, folds: folds).run(
                series.values, seasonLength: series.seasonLength, method: used, forecaster: forecaster))
        return ForecastReport(
            series: series, requestedMethod: method, usedMethod: used, forecast: forecast,
            backtest: backtest, contenders: contenders)
    }
}
