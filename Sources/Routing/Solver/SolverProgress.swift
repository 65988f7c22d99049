/// A snapshot of a running search, handed to the progress callback.
public struct SolverProgress: Sendable, Hashable {
    /// Ruin-and-recreate iterations done.
    public var iteration: Int
    /// Wall-clock time since the start.
    public var elapsed: Duration
    /// Objective of the best solution found so far (distance plus lost prizes).
    public var bestObjective: Double
    /// Objective of the current (accepted) solution.
    public var currentObjective: Double
    /// Fraction of the budget used, 0…1 (time or iterations, whichever is further along).
    public var fractionDone: Double
}
