import DelimitedText
import Foundation

/// Errors raised when a model or method cannot be applied to a series.
public enum ForecastingError: Error, Equatable, Sendable {
    /// The series is shorter than the method needs.
    case seriesTooShort(method: String, needed: Int, got: Int)
    /// The series contains a NaN or infinite value at the given index.
    case nonFiniteValue(index: Int)
    /// A value's magnitude is beyond ``Forecaster/maximumMagnitude``.
    case valueOutOfRange(index: Int, value: Double, limit: Double)
    /// The model needs strictly positive data but the series has a zero or negative value.
    case nonPositiveData(model: String, index: Int, value: Double)
    /// The forecast horizon is not a positive number.
    case invalidHorizon(Int)
    /// The season length is not a positive number.
    case invalidSeasonLength(Int)
    /// No candidate model produced a finite fit.
    case noModelFitted(reason: String)
    /// A metric cannot be computed (for example a zero scale for MASE).
    case undefinedMetric(name: String, reason: String)
}

extension ForecastingError: LocalizedError {
    /// A one-sentence English description; callers may translate by switching on the case.
    public var errorDescription: String? {
        switch self {
        case .seriesTooShort(let method, let needed, let got):
            return "\(method) needs at least \(needed) observations, the series has \(got)."
        case .nonFiniteValue(let index):
            return "Observation \(index + 1) is not a finite number."
        case .valueOutOfRange(let index, let value, let limit):
            return "Observation \(index + 1) (\(value)) is beyond ±\(DelimitedNumber.text(limit))."
        case .nonPositiveData(let model, let index, let value):
            return "\(model) needs strictly positive data; observation \(index + 1) is \(value)."
        case .invalidHorizon(let h):
            return "The forecast horizon must be at least 1 (got \(h))."
        case .invalidSeasonLength(let m):
            return "The season length must be at least 1 (got \(m))."
        case .noModelFitted(let reason):
            return "No model could be fitted: \(reason)."
        case .undefinedMetric(let name, let reason):
            return "\(name) is undefined: \(reason)."
        }
    }
}
