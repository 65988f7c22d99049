/// Helpers on residual vectors.
enum Residuals {
    /// sqrt(mean(e²)), 0 for an empty vector.
    static func rootMeanSquare(_ e: [Double]) -> Double {
        guard !e.isEmpty else { return 0 }
        return (e.reduce(0) { $0 + $1 * $1 } / Double(e.count)).squareRoot()
    }

    /// Sample standard deviation with n-1 in the denominator, 0 when fewer than two values.
    static func standardDeviation(_ e: [Double]) -> Double {
        guard e.count >= 2 else { return 0 }
        let m = e.reduce(0, +) / Double(e.count)
        return (e.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(e.count - 1)).squareRoot()
    }
}
