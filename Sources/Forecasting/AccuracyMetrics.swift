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
}
