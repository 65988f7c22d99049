/// Sample autocorrelation as used by the M4 benchmarks and `statsmodels.acf`.
public enum Autocorrelation {
    /// r_k = sum_{t>=k} (y_t - ȳ)(y_{t-k} - ȳ) / sum_t (y_t - ȳ)², or 0 for a constant series.
    /// - Complexity: O(n).
    public static func coefficient(_ y: [Double], lag k: Int) -> Double {
        let n = y.count
        guard k < n, n > 0 else { return 0 }
        let mean = y.reduce(0, +) / Double(n)
        var denom = 0.0
        for v in y { denom += (v - mean) * (v - mean) }
        guard denom > 0 else { return 0 }
        var num = 0.0
        for t in k..<n { num += (y[t] - mean) * (y[t - k] - mean) }
        return num / denom
    }
}
