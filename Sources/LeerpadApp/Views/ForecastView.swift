import Forecasting

/// The forecast demo as JSON: the method, the forecast months with 80 % and 95 % bounds, the
/// backtest and the method's notes.
public struct ForecastView: Encodable, Sendable {
    /// The method that made the forecast, e.g. `ETS(M,Ad,M)`.
    public var method: String
    /// The forecast months (`YYYY-MM`); empty when the series has no dates.
    public var months: [String]
    /// The point forecast per month.
    public var forecast: [Double]
    /// The 80 % interval's lower bounds.
    public var lower80: [Double]
    /// The 80 % interval's upper bounds.
    public var upper80: [Double]
    /// The 95 % interval's lower bounds.
    public var lower95: [Double]
    /// The 95 % interval's upper bounds.
    public var upper95: [Double]
    /// The backtest; `null` when the series is too short for one.
    @NullEncodable public var backtest: ForecastBacktestView?
    /// What the method noted while fitting (in English).
    public var notes: [String]

    /// The view of `report`.
    public init(_ report: ForecastReport) {
        let forecast = report.forecast
        method = forecast.method
        months = report.forecastMonths?.map(\.description) ?? []
        self.forecast = forecast.mean
        lower80 = forecast.interval(level: 80)?.lower ?? []
        upper80 = forecast.interval(level: 80)?.upper ?? []
        lower95 = forecast.interval(level: 95)?.lower ?? []
        upper95 = forecast.interval(level: 95)?.upper ?? []
        backtest = report.backtest.map { ForecastBacktestView($0, series: report.series) }
        notes = forecast.notes
    }
}
