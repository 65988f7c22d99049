/// Empirical quantiles of simulated sample paths.
enum SampleQuantile {
    /// The type-7 (linear interpolation) quantile of sorted values, as numpy's default.
    static func quantile(sorted: [Double], probability p: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let pos = p * Double(sorted.count - 1)
        let lo = Int(pos.rounded(.down))
        let hi = min(lo + 1, sorted.count - 1)
        let frac = pos - Double(lo)
        return sorted[lo] + frac * (sorted[hi] - sorted[lo])
    }

    /// Intervals at the given levels from paths laid out as `paths[path][step]`.
    static func intervals(paths: [[Double]], horizon: Int, levels: [Double]) -> [PredictionInterval] {
        var result = levels.map { PredictionInterval(level: $0, lower: [], upper: []) }
        var column = [Double](repeating: 0, count: paths.count)
        for step in 0..<horizon {
            for p in 0..<paths.count { column[p] = paths[p][step] }
            let finite = column.filter { $0.isFinite }.sorted()
            for (i, level) in levels.enumerated() {
                result[i].lower.append(quantile(sorted: finite, probability: 0.5 - level / 200))
                result[i].upper.append(quantile(sorted: finite, probability: 0.5 + level / 200))
            }
        }
        return result
    }
}
