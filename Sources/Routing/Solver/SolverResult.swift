/// Why the solver returned.
public enum StopReason: String, Sendable, Codable {
    /// The wall-clock limit ran out.
    case timeLimit
    /// The iteration limit was reached.
    case iterationLimit
    /// The caller's stop closure returned true or the task was cancelled.
    case cancelled
    /// There was nothing to search (no customers).
    case trivial
}

/// The outcome of a solver run: the best solution and how the search went.
public struct SolverResult: Sendable {
    /// Best solution found.
    public var solution: RoutingSolution
    /// Ruin-and-recreate iterations done.
    public var iterations: Int
    /// Local-search and insertion moves evaluated (for throughput measurements).
    public var movesEvaluated: Int
    /// Wall-clock time used.
    public var elapsed: Duration
    /// Why the search stopped.
    public var stopReason: StopReason
    /// Distance of the savings start solution, for comparison.
    public var constructionDistance: Double

    /// Moves evaluated per second of wall-clock time.
    public var movesPerSecond: Double {
        let seconds = elapsed.seconds
        return seconds > 0 ? Double(movesEvaluated) / seconds : 0
    }
}

extension Duration {
    /// This duration in seconds as a floating-point number.
    public var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}
