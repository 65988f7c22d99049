/// Tiny dense least-squares solver for the few-column regressions used in initialisation.
enum LeastSquares {
    /// Solves min ||X b - y|| through the normal equations with partial pivoting.
    /// `columns[j][i]` is regressor j at observation i. Returns zeros for singular systems.
    static func solve(columns: [[Double]], y: [Double]) -> [Double] {
        let p = columns.count
        var a = [[Double]](repeating: [Double](repeating: 0, count: p + 1), count: p)
        for i in 0..<p {
            for j in 0..<p {
                var s = 0.0
                for t in 0..<y.count { s += columns[i][t] * columns[j][t] }
                a[i][j] = s
            }
            var s = 0.0
            for t in 0..<y.count { s += columns[i][t] * y[t] }
            a[i][p] = s
        }
        for c in 0..<p {
            var pivot = c
            for r in (c + 1)..<max(c + 1, p) where abs(a[r][c]) > abs(a[pivot][c]) { pivot = r }
            a.swapAt(c, pivot)
            guard abs(a[c][c]) > 1e-12 else { return [Double](repeating: 0, count: p) }
            for r in 0..<p where r != c {
                let f = a[r][c] / a[c][c]
                if f == 0 { continue }
                for k in c...p { a[r][k] -= f * a[c][k] }
            }
        }
        return (0..<p).map { a[$0][p] / a[$0][$0] }
    }

    /// Intercept and slope of y on t = 1...n.
    static func linearTrend(_ y: [Double]) -> (intercept: Double, slope: Double) {
        let n = Double(y.count)
        guard y.count >= 2 else { return (y.first ?? 0, 0) }
        var st = 0.0
        var sy = 0.0
        var stt = 0.0
        var sty = 0.0
        for (i, v) in y.enumerated() {
            let t = Double(i + 1)
            st += t
            sy += v
            stt += t * t
            sty += t * v
        }
        let slope = (n * sty - st * sy) / (n * stt - st * st)
        return ((sy - slope * st) / n, slope)
    }
}
