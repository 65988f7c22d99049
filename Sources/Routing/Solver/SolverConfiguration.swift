/// Tuning knobs and limits of ``RouteSolver``.
public struct SolverConfiguration: Sendable, Hashable {
    /// Seed of the random generator; same seed and same iteration limit give the same solution.
    public var seed: UInt64
    /// Wall-clock budget, or `nil` for none. The best solution so far is returned when it runs out.
    public var timeLimit: Duration?
    /// Maximum number of ruin-and-recreate iterations, or `nil` for none. Use this for results that
    /// do not depend on machine load: the annealing then cools by iterations, and a time limit next
    /// to it only caps the run (``SolverResult/stopReason`` says when it did).
    public var iterationLimit: Int?
    /// Size of each customer's granular neighbour list used by the local search.
    public var neighbourCount: Int
    /// Average number of customers removed per ruin step (SISR's c̄).
    public var averageRemoved: Double
    /// Longest string removed from one route (SISR's L_max).
    public var maxStringLength: Int
    /// Probability of skipping an insertion position during recreate ("blinks").
    public var blinkRate: Double
    /// Start temperature of simulated annealing, relative to the mean arc cost of the start solution.
    public var initialTemperature: Double
    /// End temperature of simulated annealing, relative to the mean arc cost.
    public var finalTemperature: Double
    /// Whether to run the granular local search inside the ruin-and-recreate loop (it always
    /// polishes the start solution and the final best). Measured on CVRPLIB X at 2–10 s,
    /// more plain SISR iterations beat fewer polished ones, so the default is `false`.
    public var localSearchInLoop: Bool
    /// Local search runs only on candidates within this many mean arc costs of the best
    /// objective found so far (`.infinity`: after every recreate). Polishing only promising
    /// candidates keeps iterations cheap, and many cheap iterations win at short time limits.
    public var localSearchGate: Double

    /// The workshop demos' iteration budget per plan: the same routes on every machine and every
    /// request, in about 0.05 s per plan in a release build and 1 s in a debug build.
    public static let demoIterations = 6_000

    /// A configuration for the demos: ``demoIterations`` (or `iterations`) with `seed`, capped at `cap`.
    public static func reproducible(seed: UInt64 = 1, iterations: Int = demoIterations, cap: Duration = .seconds(10))
        -> SolverConfiguration
    {
        SolverConfiguration(seed: seed, timeLimit: cap, iterationLimit: iterations)
    }

    /// Creates a configuration; the defaults suit instances of 30–1000 customers.
    public init(
        seed: UInt64 = 1,
        timeLimit: Duration? = .seconds(2),
        iterationLimit: Int? = nil,
        neighbourCount: Int = 24,
        averageRemoved: Double = 10,
        maxStringLength: Int = 10,
        blinkRate: Double = 0.01,
        initialTemperature: Double = 0.5,
        finalTemperature: Double = 0.01,
        localSearchInLoop: Bool = false,
        localSearchGate: Double = .infinity
    ) {
        self.seed = seed
        self.timeLimit = timeLimit
        self.iterationLimit = iterationLimit
        self.neighbourCount = neighbourCount
        self.averageRemoved = averageRemoved
        self.maxStringLength = maxStringLength
        self.blinkRate = blinkRate
        self.initialTemperature = initialTemperature
        self.finalTemperature = finalTemperature
        self.localSearchInLoop = localSearchInLoop
        self.localSearchGate = localSearchGate
    }
}
