/// A regularly spaced univariate series with its season length and an optional start month.
public struct TimeSeries: Sendable, Equatable {
    /// The observations, oldest first.
    public var values: [Double]
    /// Observations per seasonal cycle (12 for monthly, 4 for quarterly, 1 for none).
    public var seasonLength: Int
    /// The month of the first observation, when the series is monthly and dated.
    public var start: YearMonth?

    /// Creates a series.
    public init(values: [Double], seasonLength: Int, start: YearMonth? = nil) {
        self.values = values
        self.seasonLength = max(1, seasonLength)
        self.start = start
    }

    /// The number of observations.
    public var count: Int { values.count }

    /// Throws when a value is NaN, infinite or beyond ``Forecaster/maximumMagnitude``.
    public func validateFinite() throws(ForecastingError) {
        try Forecaster.validate(values)
    }

    /// The first `count` observations as a new series with the same start.
    public func prefix(_ count: Int) -> TimeSeries {
        TimeSeries(values: Array(values.prefix(count)), seasonLength: seasonLength, start: start)
    }
}
