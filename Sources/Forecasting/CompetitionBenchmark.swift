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
    /// Coverage and MSIS per interval level, in the order the run's levels were requested.
    public let intervals: [IntervalScore]
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
    /// The interval levels requested (empty for point forecasts only).
    public let levels: [Double]
    /// Per series, the intervals at ``levels`` in that order (empty arrays when no levels were requested).
    public let intervals: [[PredictionInterval]]
}

/// Runs methods over M3/M4 style series and scores them with the M4 definitions.
public struct CompetitionBenchmark: Sendable {
    /// The series (each needs test values).
    public let series: [CompetitionSeries]

    /// Creates a benchmark over `series`.
    public init(series: [CompetitionSeries]) { self.series = series }

    /// Forecasts every series with `method`, timing each call; with `levels` (percent, for example
    /// `[80, 95]`) the prediction intervals at those levels are computed (and timed) too, calibrated
    /// as `calibration` says.
    public func run(
        _ method: ForecastMethod, levels: [Double] = [], calibration: IntervalCalibration = .rollingOrigin(folds: 3),
        clock: ContinuousClock = ContinuousClock()
    ) throws -> MethodRun {
        var forecasts: [(id: String, values: [Double])] = []
        var s: [Double] = []
        var q: [Double] = []
        var counts: [String: Int] = [:]
        var total = Duration.zero
        var intervals: [[PredictionInterval]] = []
        for item in series {
            let forecaster = Forecaster(
                seasonLength: item.seasonLength, levels: levels, intervalCalibration: calibration)
            var result: Forecast?
            let elapsed = try clock.measure {
                result = try forecaster.forecast(item.train, horizon: item.horizon, method: method)
            }
            total += elapsed
            let f = result!
            forecasts.append((item.id, f.mean))
            intervals.append(
                try levels.map { level in
                    guard let interval = f.interval(level: level) else {
                        throw ForecastingError.noModelFitted(
                            reason: "\(method.rawValue) gave no \(level) % interval for series \(item.id)")
                    }
                    return interval
                })
            counts[f.method, default: 0] += 1
            if !item.test.isEmpty {
                s.append(AccuracyMetrics.sMAPE(actual: item.test, forecast: f.mean))
                let scale = AccuracyMetrics.maseScale(insample: item.train, seasonLength: item.seasonLength)
                let mae = zip(item.test, f.mean).reduce(0) { $0 + abs($1.0 - $1.1) } / Double(item.horizon)
                q.append(scale > 0 ? mae / scale : 0)
            }
        }
        let seconds = Double(total.components.seconds) + Double(total.components.attoseconds) * 1e-18
        return MethodRun(
            method: method, forecasts: forecasts, sMAPE: s, mase: q, seconds: seconds, modelCounts: counts,
            levels: levels, intervals: intervals)
    }

    /// Mean scores of `run`, with OWA relative to `naive2`.
    public func score(_ run: MethodRun, naive2: MethodRun) -> MethodScore {
        func mean(_ v: [Double]) -> Double { v.isEmpty ? .nan : v.reduce(0, +) / Double(v.count) }
        let s = mean(run.sMAPE)
        let q = mean(run.mase)
        return MethodScore(
            method: run.method.rawValue, sMAPE: s, mase: q,
            owa: AccuracyMetrics.owa(sMAPE: s, mase: q, naive2SMAPE: mean(naive2.sMAPE), naive2MASE: mean(naive2.mase)),
            secondsPerSeries: run.seconds / Double(max(1, series.count)),
            intervals: run.levels.indices.map { intervalScore(run, levelIndex: $0) })
    }

    /// Coverage and MSIS of the run's intervals at `run.levels[levelIndex]` over the series with test values.
    private func intervalScore(_ run: MethodRun, levelIndex: Int) -> IntervalScore {
        let level = run.levels[levelIndex]
        var inside = 0.0
        var points = 0
        var msis: [Double] = []
        for (item, perLevel) in zip(series, run.intervals) where !item.test.isEmpty {
            let interval = perLevel[levelIndex]
            let h = min(item.test.count, interval.lower.count)
            let actual = Array(item.test.prefix(h))
            let lower = Array(interval.lower.prefix(h))
            let upper = Array(interval.upper.prefix(h))
            inside += AccuracyMetrics.coverage(actual: actual, lower: lower, upper: upper) * Double(h)
            points += h
            if let value = try? AccuracyMetrics.msis(
                actual: actual, lower: lower, upper: upper, level: level, insample: item.train,
                seasonLength: item.seasonLength)
            {
                msis.append(value)
            }
        }
        return IntervalScore(
            level: level, coverage: points > 0 ? inside / Double(points) : .nan,
            msis: msis.isEmpty ? .nan : msis.reduce(0, +) / Double(msis.count))
    }
}
