/// All text a fan chart shows, supplied by the caller so the library stays language-neutral.
public struct FanChartLabels: Sendable, Equatable {
    /// Chart title.
    public var title: String
    /// Vertical axis caption (what is counted).
    public var valueAxis: String
    /// Horizontal axis caption.
    public var timeAxis: String
    /// Legend entry for the observed history.
    public var history: String
    /// Legend entry for the point forecast (the method name is appended).
    public var forecast: String
    /// Legend entry for the 80 % band.
    public var band80: String
    /// Legend entry for the 95 % band.
    public var band95: String
    /// Legend entry for backtest forecasts.
    public var backtest: String
    /// Twelve short month names, January first.
    public var monthNames: [String]
    /// Extra lines shown in a box (for example the backtest errors, already formatted).
    public var notes: [String]
    /// Decimal separator for axis numbers.
    public var decimalSeparator: String
    /// Thousands separator for axis numbers.
    public var groupingSeparator: String

    /// Creates a label set.
    public init(
        title: String, valueAxis: String, timeAxis: String, history: String, forecast: String,
        band80: String, band95: String, backtest: String, monthNames: [String], notes: [String] = [],
        decimalSeparator: String = ".", groupingSeparator: String = ","
    ) {
        self.title = title
        self.valueAxis = valueAxis
        self.timeAxis = timeAxis
        self.history = history
        self.forecast = forecast
        self.band80 = band80
        self.band95 = band95
        self.backtest = backtest
        self.monthNames = monthNames.count == 12 ? monthNames : (1...12).map(String.init)
        self.notes = notes
        self.decimalSeparator = decimalSeparator
        self.groupingSeparator = groupingSeparator
    }
}
