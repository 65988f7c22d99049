/// How ``Forecaster`` sets the width of prediction intervals.
public enum IntervalCalibration: Sendable, Equatable, Codable {
    /// The method's own intervals: analytic ETS variances, simulated paths for Theta and the
    /// multiplicative-season ETS forms; the combination takes the mean of its members' bounds
    /// (perfectly correlated member errors).
    case model
    /// The model's interval shape, rescaled by the forecast errors the same method made at
    /// `folds` origins inside the series (``RollingOriginCalibration``). The combination's
    /// intervals are derived from both members' calibrated variances and the correlation of their
    /// errors at those origins.
    case rollingOrigin(folds: Int)
    /// As ``rollingOrigin(folds:)``, but each level's scale is the empirical `level` quantile of
    /// |u| divided by z (``RollingOriginCalibration/quantileScale(_:level:)``) instead of √mean(u²).
    case rollingOriginQuantile(folds: Int)
}
