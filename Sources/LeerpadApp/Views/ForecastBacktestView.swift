import Forecasting

/// A rolling-origin backtest as JSON: every fold, and the mean sMAPE, MAPE and MASE (M4's
/// names); MAPE and MASE are `null` where they are not defined.
public struct ForecastBacktestView: Encodable, Sendable {
    /// One origin of the backtest: the forecast made there and what followed.
    public struct Fold: Encodable, Sendable {
        /// The origin's month (`YYYY-MM`), or its index when the series has no dates.
        public var origin: String
        /// The forecast made at the origin.
        public var forecast: [Double]
        /// What followed.
        public var actual: [Double]
        /// sMAPE in percent.
        public var sMAPE: Double
        /// MAPE in percent.
        @NullEncodable public var mape: Double?
        /// MASE.
        @NullEncodable public var mase: Double?

        enum CodingKeys: String, CodingKey {
            case origin, forecast, actual, sMAPE
            case mape = "MAPE"
            case mase = "MASE"
        }
    }

    /// The folds, oldest origin first.
    public var folds: [Fold]
    /// Mean sMAPE in percent.
    public var sMAPE: Double
    /// Mean MAPE in percent.
    @NullEncodable public var mape: Double?
    /// Mean MASE.
    @NullEncodable public var mase: Double?

    enum CodingKeys: String, CodingKey {
        case folds, sMAPE
        case mape = "MAPE"
        case mase = "MASE"
    }

    /// The view of `backtest` of `series`.
    public init(_ backtest: BacktestResult, series: TimeSeries) {
        folds = backtest.folds.map { fold in
            Fold(
                origin: series.start.map { $0.adding(months: fold.origin).description } ?? String(fold.origin),
                forecast: fold.forecast, actual: fold.actual, sMAPE: fold.sMAPE, mape: fold.mape, mase: fold.mase)
        }
        sMAPE = backtest.summary.sMAPE
        mape = backtest.summary.mape
        mase = backtest.summary.mase
    }
}
