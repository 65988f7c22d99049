/// A prediction interval at one coverage level.
public struct PredictionInterval: Sendable, Equatable, Codable {
    /// Nominal coverage in percent, for example 80 or 95.
    public let level: Double
    /// Lower bound per horizon step.
    public var lower: [Double]
    /// Upper bound per horizon step.
    public var upper: [Double]

    /// Creates an interval.
    public init(level: Double, lower: [Double], upper: [Double]) {
        self.level = level
        self.lower = lower
        self.upper = upper
    }
}

/// The result of a forecasting method: point forecasts, intervals and an explanation.
public struct Forecast: Sendable, Equatable {
    /// The model that produced the forecast, for example `ETS(M,Ad,M)`.
    public var method: String
    /// Point forecasts for steps 1...h.
    public var mean: [Double]
    /// Prediction intervals, widest last (typically 80 and 95).
    public var intervals: [PredictionInterval]
    /// Why this model was chosen, and any fallback that happened.
    public var notes: [String]

    /// Creates a forecast.
    public init(method: String, mean: [Double], intervals: [PredictionInterval] = [], notes: [String] = []) {
        self.method = method
        self.mean = mean
        self.intervals = intervals
        self.notes = notes
    }

    /// The interval at `level`, if computed.
    public func interval(level: Double) -> PredictionInterval? {
        intervals.first { abs($0.level - level) < 1e-9 }
    }

    /// The forecast horizon.
    public var horizon: Int { mean.count }
}
