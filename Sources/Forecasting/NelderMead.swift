/// Bounded Nelder–Mead simplex minimiser with restarts (the variant statsforecast uses: box
/// constraints by clipping, adaptive coefficients, stop when the spread of simplex values is small).
public struct NelderMead: Sendable {
    /// Relative size of the initial simplex steps.
    public var initialStep = 0.05
    /// Step used for coordinates that start at zero.
    public var zeroStep = 1e-4
    /// Stop when the standard deviation of the simplex values falls below this.
    public var tolerance = 1e-4
    /// Maximum iterations per run.
    public var maxIterations = 1_000
    /// Extra runs started from the best point of the previous run (only while they improve).
    public var restarts = 0
    /// Also stop when the best value improved by less than `tolerance` over this many iterations
    /// per parameter (0 disables the check).
    public var stallIterationsPerParameter = 0
    /// Use dimension-dependent expansion, contraction and shrink coefficients (Gao & Han 2012).
    public var adaptive = true

    /// Creates an optimiser with default settings.
    public init() {}

    /// The best point found, its value, and the number of objective evaluations.
    public struct Result: Sendable {
        /// Minimiser found.
        public let point: [Double]
        /// Objective value at `point`.
        public let value: Double
        /// Number of objective evaluations used.
        public let evaluations: Int
        /// Whether the last run stopped on the tolerance rather than the iteration limit.
        public let converged: Bool
    }

    /// Minimises `f` within `lower...upper` (elementwise) starting from `x0`.
    /// Non-finite objective values are treated as +infinity.
    /// - Complexity: O((restarts + 1) · maxIterations · (d + cost of f)) for d parameters.
    public func minimize(
        _ f: (UnsafeBufferPointer<Double>) -> Double, start x0: [Double], lower: [Double], upper: [Double]
    ) -> Result {
        var best = x0
        var bestValue = Double.infinity
        var evaluations = 0
        var converged = false
        for _ in 0...restarts {
            let r = singleRun(f, start: best, lower: lower, upper: upper)
            evaluations += r.evaluations
            guard r.value < bestValue - 1e-8 * max(1, abs(r.value)) else { break }
            best = r.point
            bestValue = r.value
            converged = r.converged
        }
        return Result(point: best, value: bestValue, evaluations: evaluations, converged: converged)
    }

    /// Convenience overload for objectives on arrays.
    public func minimize(_ f: ([Double]) -> Double, start x0: [Double], lower: [Double], upper: [Double]) -> Result {
        minimize({ (p: UnsafeBufferPointer<Double>) in f(Array(p)) }, start: x0, lower: lower, upper: upper)
    }

    private func singleRun(
        _ f: (UnsafeBufferPointer<Double>) -> Double, start: [Double], lower: [Double], upper: [Double]
    ) -> Result {
        let d = start.count
        let dd = Double(d)
        let expansion = adaptive ? 1 + 2 / dd : 2
        let contraction = adaptive ? 0.75 - 1 / (2 * dd) : 0.5
        let shrink = adaptive ? 1 - 1 / dd : 0.5
        var evals = 0
        // flat storage: vertex i occupies [i*d, (i+1)*d)
        let simplex = UnsafeMutablePointer<Double>.allocate(capacity: (d + 1) * d)
        let work = UnsafeMutablePointer<Double>.allocate(capacity: 4 * d)
        defer {
            simplex.deallocate()
            work.deallocate()
        }
        let centroid = work
        let reflected = work + d
        let trial = work + 2 * d
        let sum = work + 3 * d
        func clip(_ x: UnsafeMutablePointer<Double>) {
            for j in 0..<d { x[j] = min(max(x[j], lower[j]), upper[j]) }
        }
        func value(_ x: UnsafeMutablePointer<Double>) -> Double {
            evals += 1
            let v = f(UnsafeBufferPointer(start: x, count: d))
            return v.isNaN ? .infinity : v
        }
        for i in 0...d { for j in 0..<d { simplex[i * d + j] = start[j] } }
        clip(simplex)
        for i in 0..<d {
            let row = simplex + (i + 1) * d
            for j in 0..<d { row[j] = simplex[j] }
            let x = simplex[i]
            row[i] = x != 0 ? x * (1 + initialStep) : zeroStep
            clip(row)
        }
        let values = UnsafeMutablePointer<Double>.allocate(capacity: d + 1)
        defer { values.deallocate() }
        for i in 0...d { values[i] = value(simplex + i * d) }
        func recomputeSum() {
            for j in 0..<d { sum[j] = 0 }
            for i in 0...d { for j in 0..<d { sum[j] += simplex[i * d + j] } }
        }
        func replace(_ i: Int, with x: UnsafeMutablePointer<Double>, value v: Double) {
            let row = simplex + i * d
            for j in 0..<d {
                sum[j] += x[j] - row[j]
                row[j] = x[j]
            }
            values[i] = v
        }
        recomputeSum()
        var converged = false
        let stallWindow = stallIterationsPerParameter * d
        var windowBest = Double.infinity
        for iteration in 0..<maxIterations {
            if iteration % 64 == 63 { recomputeSum() }
            if stallWindow > 0 && iteration % stallWindow == 0 {
                var current = Double.infinity
                for i in 0...d { current = min(current, values[i]) }
                if windowBest - current < tolerance {
                    converged = true
                    break
                }
                windowBest = current
            }
            var bestI = 0
            var worstI = 0
            for i in 1...d {
                if values[i] < values[bestI] { bestI = i }
                if values[i] >= values[worstI] { worstI = i }
            }
            var secondI = bestI
            for i in 0...d where i != worstI && values[i] >= values[secondI] { secondI = i }
            if !values[bestI].isFinite { break }
            var mean = 0.0
            for i in 0...d { mean += values[i] }
            mean /= Double(d + 1)
            var variance = 0.0
            for i in 0...d { variance += (values[i] - mean) * (values[i] - mean) }
            if (variance / Double(d + 1)).squareRoot() < tolerance {
                converged = true
                break
            }
            let worst = simplex + worstI * d
            for j in 0..<d {
                centroid[j] = (sum[j] - worst[j]) / dd
                reflected[j] = centroid[j] + (centroid[j] - worst[j])
            }
            clip(reflected)
            let fr = value(reflected)
            if fr >= values[bestI] && fr < values[secondI] {
                replace(worstI, with: reflected, value: fr)
                continue
            }
            if fr < values[bestI] {
                for j in 0..<d { trial[j] = centroid[j] + expansion * (reflected[j] - centroid[j]) }
                clip(trial)
                let fe = value(trial)
                if fe < fr {
                    replace(worstI, with: trial, value: fe)
                } else {
                    replace(worstI, with: reflected, value: fr)
                }
                continue
            }
            if fr < values[worstI] {
                for j in 0..<d { trial[j] = centroid[j] + contraction * (reflected[j] - centroid[j]) }
                clip(trial)
                let fc = value(trial)
                if fc <= fr {
                    replace(worstI, with: trial, value: fc)
                    continue
                }
            } else {
                for j in 0..<d { trial[j] = centroid[j] + contraction * (worst[j] - centroid[j]) }
                clip(trial)
                let fc = value(trial)
                if fc < values[worstI] {
                    replace(worstI, with: trial, value: fc)
                    continue
                }
            }
            let b = simplex + bestI * d
            for i in 0...d where i != bestI {
                let row = simplex + i * d
                for j in 0..<d { row[j] = b[j] + shrink * (row[j] - b[j]) }
                clip(row)
                values[i] = value(row)
            }
            recomputeSum()
        }
        var bi = 0
        for i in 1...d where values[i] < values[bi] { bi = i }
        let point = (0..<d).map { simplex[bi * d + $0] }
        return Result(point: point, value: values[bi], evaluations: evals, converged: converged)
    }
}
