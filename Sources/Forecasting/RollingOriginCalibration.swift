/// Empirical calibration of prediction intervals from rolling-origin errors inside the series.
///
/// At origins n − s, n − 2s, …, n − folds·s (s = ⌈h / folds⌉) the method is refitted on the data
/// before the origin and forecasts the rest of the series (at most h steps). Each error is
/// standardised by the half-width of that forecast's own interval on the side the actual value
/// fell, divided by the normal multiplier z of the level: u = e / σ̂. When the model's
/// intervals were right, u would have unit variance. The final forecast's interval at each step
/// keeps its shape and is scaled by c = √mean(u²) (at least ``minimumScale``).
///
/// For the equal-weight combination of two members the combined error e = ½(e₁ + e₂) has variance
/// ¼(σ₁²·E[u₁²] + σ₂²·E[u₂²] + 2σ₁σ₂·E[u₁u₂]), with σᵢ the members' model half-widths / z and the
/// expectations taken over the same rolling-origin errors: the interval follows from the members'
/// calibrated variances and the measured correlation of their errors, not from averaging bounds.
public struct RollingOriginCalibration: Sendable {
    /// Number of origins.
    public var folds: Int
    /// The fewest standardised errors needed to calibrate; with fewer the model's intervals are kept.
    public var minimumErrors = 6
    /// The smallest scale applied (1: intervals are never narrowed below the model's).
    public var minimumScale = 1.0

    /// Creates a calibration over `folds` origins.
    public init(folds: Int = 3) { self.folds = max(1, folds) }

    /// The origins (observations used for fitting) for a series of `n` values and horizon `h`,
    /// latest first, each leaving at least `minimumFit` observations to fit on.
    public func origins(count n: Int, horizon h: Int, minimumFit: Int) -> [Int] {
        let step = max(1, (h + folds - 1) / folds)
        return (1...folds).map { n - $0 * step }.filter { $0 >= minimumFit && $0 < n }
    }

    /// Errors of `forecast` against `actual` (the values after its origin) standardised by the
    /// interval at `level`, step by step; steps whose half-width is zero are left out.
    public static func standardizedErrors(_ forecast: Forecast, actual: ArraySlice<Double>, level: Double) -> [Double?]
    {
        guard let interval = forecast.interval(level: level) else { return [] }
        let z = NormalDistribution.twoSidedMultiplier(level: level)
        return zip(actual.indices, 0..<forecast.horizon).map { index, k in
            let error = actual[index] - forecast.mean[k]
            let half = error >= 0 ? interval.upper[k] - forecast.mean[k] : forecast.mean[k] - interval.lower[k]
            guard half > 0, half.isFinite else { return nil }
            let u = error / (half / z)
            return u.isFinite ? u : nil
        }
    }

    /// `forecast` with every interval's half-widths multiplied by `scale` around the mean.
    public static func scaled(_ forecast: Forecast, by scale: [Double]) -> Forecast {
        var out = forecast
        for i in out.intervals.indices {
            let level = out.intervals[i].level
            out.intervals[i] = PredictionInterval(
                level: level,
                lower: (0..<forecast.horizon).map {
                    forecast.mean[$0] - scale[i] * (forecast.mean[$0] - forecast.intervals[i].lower[$0])
                },
                upper: (0..<forecast.horizon).map {
                    forecast.mean[$0] + scale[i] * (forecast.intervals[i].upper[$0] - forecast.mean[$0])
                })
        }
        return out
    }

    /// The scale c = max(``minimumScale``, √mean(u²)) from standardised errors, or nil when there are too few.
    public func scale(_ errors: [Double]) -> Double? {
        guard errors.count >= minimumErrors else { return nil }
        let c = (errors.reduce(0) { $0 + $1 * $1 } / Double(errors.count)).squareRoot()
        return c.isFinite ? max(minimumScale, c) : nil
    }

    /// The scale for one level from the empirical quantile of |u|: max(``minimumScale``, q_level(|u|) / z),
    /// or nil when there are too few errors.
    public func quantileScale(_ errors: [Double], level: Double) -> Double? {
        guard errors.count >= minimumErrors else { return nil }
        let sorted = errors.map { abs($0) }.sorted()
        let q = SampleQuantile.quantile(sorted: sorted, probability: level / 100)
        let c = q / NormalDistribution.twoSidedMultiplier(level: level)
        return c.isFinite ? max(minimumScale, c) : nil
    }

    /// The combination's interval at one level and step from the members' model half-widths
    /// (`first`, `second`, on one side, divided by z) and the second moments of their
    /// standardised errors: returns the combined half-width divided by z.
    public static func combinedSigma(
        first: Double, second: Double, firstMoment: Double, secondMoment: Double, crossMoment: Double
    ) -> Double {
        let v = 0.25 * (first * first * firstMoment + second * second * secondMoment + 2 * first * second * crossMoment)
        return max(v, 0).squareRoot()
    }
}
