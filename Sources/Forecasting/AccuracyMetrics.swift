/// Forecast accuracy measures with the M4 competition definitions.
public enum AccuracyMetrics {
    /// sMAPE = 200/h · Σ |y − ŷ| / (|y| + |ŷ|), in percent; terms with both zero count as 0.
    public static func sMAPE(actual: [Double], forecast: [Double]) -> Double {
        precondition(actual.count == forecast.count && !actual.isEmpty)
        var s = 0.0
        for (a, f) in zip(actual, forecast) {
            let d = abs(a) + abs(f)
            if d > 0 { s += abs(a - f) / d }
        }
        return 200 * s / Double(actual.count)
    }

    /// MAPE = 100/h · Σ |y − ŷ| / |y|, in percent.
    /// - Throws: ``ForecastingError/undefinedMetric(name:reason:)`` when an actual value is zero.
    public static func mape(actual: [Double], forecast: [Double]) throws -> Double {
        precondition(actual.count == forecast.count && !actual.isEmpty)
        var s = 0.0
        for (i, (a, f)) in zip(actual, forecast).enumerated() {
            guard a != 0 else {
                throw ForecastingError.undefinedMetric(name: "MAPE", reason: "actual value \(i + 1) is zero")
            }
            s += abs(a - f) / abs(a)
        }
        return 100 * s / Double(actual.count)
    }

    /// The in-sample seasonal naive mean absolute error used to scale MASE.
    public static func maseScale(insample: [Double], seasonLength m: Int) -> Double {
        let lag = insample.count > m ? m : 1
        guard insample.count > lag else { return 0 }
        var s = 0.0
        for t in lag..<insample.count { s += abs(insample[t] - insample[t - lag]) }
        return s / Double(insample.count - lag)
    }

    /// MASE = mean |y − ŷ| / (in-sample mean |y_t − y_{t−m}|).
    /// - Throws: ``ForecastingError/undefinedMetric(name:reason:)`` when the scale is zero.
    public static func mase(actual: [Double], forecast: [Double], insample: [Double], seasonLength m: Int) throws
        -> Double
    {
        precondition(actual.count == forecast.count && !actual.isEmpty)
        let scale = maseScale(insample: insample, seasonLength: m)
        guard scale > 0 else {
            throw ForecastingError.undefinedMetric(
                name: "MASE", reason: "the in-sample seasonal differences are all zero")
        }
        var s = 0.0
        for (a, f) in zip(actual, forecast) { s += abs(a - f) }
        return s / Double(actual.count) / scale
    }

    /// OWA = ½ (sMAPE / sMAPE_Naive2 + MASE / MASE_Naive2), from averages over a set of series.
    public static func owa(sMAPE: Double, mase: Double, naive2SMAPE: Double, naive2MASE: Double) -> Double {
        0.5 * (sMAPE / naive2SMAPE + mase / naive2MASE)
    }

    /// Interval coverage: the share (0…1) of actual values inside [lower, upper], bounds included.
    public static func coverage(actual: [Double], lower: [Double], upper: [Double]) -> Double {
        precondition(actual.count == lower.count && actual.count == upper.count && !actual.isEmpty)
        var inside = 0
        for i in actual.indices where actual[i] >= lower[i] && actual[i] <= upper[i] { inside += 1 }
        return Double(inside) / Double(actual.count)
    }

    /// The unscaled interval score of M4, averaged over the horizon:
    /// 1/h · Σ (U − L) + 2/α (L − y)·[y < L] + 2/α (y − U)·[y > U], with α = 1 − level/100.
    public static func intervalScore(actual: [Double], lower: [Double], upper: [Double], level: Double) -> Double {
        precondition(actual.count == lower.count && actual.count == upper.count && !actual.isEmpty)
        precondition(level > 0 && level < 100)
        let penalty = 2 / (1 - level / 100)
        var s = 0.0
        for i in actual.indices {
            let (y, l, u) = (actual[i], lower[i], upper[i])
            s += u - l
            if y < l { s += penalty * (l - y) }
            if y > u { s += penalty * (y - u) }
        }
        return s / Double(actual.count)
    }

    /// MSIS (M4's mean scaled interval score): ``intervalScore(actual:lower:upper:level:)`` divided by the
    /// same in-sample seasonal naive error that scales MASE.
    /// - Throws: ``ForecastingError/undefinedMetric(name:reason:)`` when the scale is zero.
    public static func msis(
        actual: [Double], lower: [Double], upper: [Double], level: Double, insample: [Double], seasonLength m: Int
    ) throws -> Double {
        let scale = maseScale(insample: insample, seasonLength: m)
        guard scale > 0 else {
            throw ForecastingError.undefinedMetric(
                name: "MSIS", reason: "the in-sample seasonal differences are all zero")
        }
        return intervalScore(actual: actual, lower: lower, upper: upper, level: level) / scale
    }
}
