/// Scores of one method over a set of competition series.
public struct MethodScore: Sendable, Equatable {
    /// Method name as requested (ets, theta, combo, naive2, …).
    public let method: String
    /// Mean sMAPE in percent.
    public let sMAPE: Double
    /// Mean MASE.
    public let mase: Double
    /// OWA against Naive2 on the same series.
    public let owa: Double
    /// Mean wall time per series in seconds.
    public let secondsPerSeries: Double
}

/// The forecasts one method made on a set of series, with per-series accuracy and time.
public struct MethodRun: Sendable {
    /// The method.
    public let method: ForecastMethod
    /// Series id and point forecasts, in input order.
    public let forecasts: [(id: String, values: [Double])]
    /// Per-series sMAPE.
    public let sMAPE: [Double]
    /// Per-series MASE.
    public let mase: [Double]
    /// Total seconds spent forecasting.
    public let seconds: Double
    /// Model names chosen, with counts.
    public let modelCounts: [String: Int]
}

/// Runs methods over M3/M4 style series and scores them with the M4 definitions.
public struct CompetitionBenchmark: Sendable {
    /// The series (each needs test values).
    public let series: [CompetitionSeries]

    /// Creates a benchmark over `series`.
    public init(series: [CompetitionSeries]) { self.series = series }

    /// Forecasts every series with `method` (point forecasts only, no intervals), timing each call.
    public func run(_ method: ForecastMethod, clock: ContinuousClock = ContinuousClock()) throws -> MethodRun {
        var forecasts: [(id: String, values: [Double])] = []
        var s: [Double] = []
        var q: [Double] = []
        var counts: [String: Int] = [:]
        var total = Duration.zero
        for item in series {
            let forecaster = Forecaster(seasonLength: item.seasonLength, levels: [])
            var result: Forecast?
            let elapsed = try clock.measure {
                result = try forecaster.forecast(item.train, horizon: item.horizon, method: method)
            }
            total += elapsed
            let f = result!
            forecasts.append((item.id, f.mean))
            counts[f.method, default: 0] += 1
            if !item.test.isEmpty {
                s.append(AccuracyMetrics.sMAPE(actual: item.test, forecast: f.mean))
                let scale = AccuracyMetrics.maseScale(insample: item.train, seasonLength: item.seasonLength)
                let mae = zip(item.test, f.mean).reduce(0) { $0 + abs($1.0 - $1.1) } / Double(item.horizon)
                q.append(scale > 0 ? mae / scale : 0)
            }
        }
        let seconds = Double(total.components.seconds) + Double(total.components.attoseconds) * 1e-18
        return MethodRun(method: method, forecasts: forecasts, sMAPE: s, mase: q, seconds: seconds, modelCounts: counts)
    }

    /// Mean scores of `run`, with OWA relative to `naive2`.
    public func score(_ run: MethodRun, naive2: MethodRun) -> MethodScore {
        func mean(_ v: [Double]) -> Double { v.isEmpty ? .nan : v.reduce(0, +) / Double(v.count) }
        let s = mean(run.sMAPE)
        let q = mean(run.mase)
        return MethodScore(
            method: run.method.rawValue, sMAPE: s, mase: q,
            owa: AccuracyMetrics.owa(sMAPE: s, mase: q, naive2SMAPE: mean(naive2.sMAPE), naive2MASE: mean(naive2.mase)),
            secondsPerSeries: run.seconds / Double(max(1, series.count)))
    }
}
