/// Whether seasonal effects add to or multiply the level.
public enum DecompositionKind: String, Sendable {
    /// y = trend + season + remainder.
    case additive
    /// y = trend · season · remainder.
    case multiplicative
}

/// Classical decomposition by a centred moving average, as R's `decompose` and
/// `statsmodels.seasonal_decompose` compute it.
public enum ClassicalDecomposition {
    /// The centred moving average of order m (2×m for even m); nil where undefined at the ends.
    /// - Complexity: O(n·m).
    public static func trend(_ y: [Double], seasonLength m: Int) -> [Double?] {
        let n = y.count
        var out = [Double?](repeating: nil, count: n)
        let half = m / 2
        guard n > 2 * half else { return out }
        for t in half..<(n - half) {
            var s = 0.0
            if m % 2 == 0 {
                s = 0.5 * y[t - half] + 0.5 * y[t + half]
                for k in (t - half + 1)..<(t + half) { s += y[k] }
            } else {
                for k in (t - half)...(t + half) { s += y[k] }
            }
            out[t] = s / Double(m)
        }
        return out
    }

    /// Normalised seasonal indices by position in the cycle, index 0 being the position of `y[0]`.
    /// Multiplicative indices average 1, additive indices average 0.
    /// - Complexity: O(n·m).
    public static func seasonalIndices(_ y: [Double], seasonLength m: Int, kind: DecompositionKind) -> [Double] {
        let tr = trend(y, seasonLength: m)
        var sums = [Double](repeating: 0, count: m)
        var counts = [Int](repeating: 0, count: m)
        for t in 0..<y.count {
            guard let c = tr[t] else { continue }
            let d = kind == .additive ? y[t] - c : y[t] / c
            guard d.isFinite else { continue }
            sums[t % m] += d
            counts[t % m] += 1
        }
        var idx = (0..<m).map { counts[$0] > 0 ? sums[$0] / Double(counts[$0]) : (kind == .additive ? 0 : 1) }
        let mean = idx.reduce(0, +) / Double(m)
        if kind == .additive {
            idx = idx.map { $0 - mean }
        } else if mean != 0 && mean.isFinite {
            idx = idx.map { $0 / mean }
        }
        return idx
    }

    /// The seasonal component for every observation (indices tiled over the series).
    public static func seasonalComponent(_ y: [Double], seasonLength m: Int, kind: DecompositionKind) -> [Double] {
        let idx = seasonalIndices(y, seasonLength: m, kind: kind)
        return (0..<y.count).map { idx[$0 % m] }
    }
}
