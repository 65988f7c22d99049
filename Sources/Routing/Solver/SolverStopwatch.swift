/// The solver's clock: elapsed time, the fraction of the budget used (which cools the annealing),
/// the stop checks and when the next progress report is due.
struct SolverStopwatch {
    private let clock = ContinuousClock()
    /// When the solver started.
    let start: ContinuousClock.Instant
    private var now: ContinuousClock.Instant
    private var lastReport: ContinuousClock.Instant
    private let timeLimit: Duration?
    private let iterationLimit: Int?
    private let reportInterval = Duration.milliseconds(250)
    /// Share of the time or iteration budget used at the last check (0 before the first).
    private(set) var fraction = 0.0

    init(timeLimit: Duration?, iterationLimit: Int?) {
        start = clock.now
        now = start
        lastReport = start
        self.timeLimit = timeLimit
        self.iterationLimit = iterationLimit
    }

    /// Time since the solver started, read now.
    var elapsed: Duration { clock.now - start }
    /// Time since the solver started, as of the last ``stopReason(iteration:shouldStop:)``.
    var elapsedAtCheck: Duration { now - start }

    /// Reads the clock, updates ``fraction`` and says why to stop: the time limit has passed, or the
    /// task was cancelled or `shouldStop` asks to; `nil` to go on.
    mutating func stopReason(iteration: Int, shouldStop: (() -> Bool)?) -> StopReason? {
        now = clock.now
        let elapsed = now - start
        if let timeLimit, elapsed >= timeLimit { return .timeLimit }
        // With an iteration budget the annealing cools by iterations alone, so that a time limit
        // next to it only caps the run and never changes the routes it finds in time.
        if let iterationLimit {
            fraction = Double(iteration) / Double(max(iterationLimit, 1))
        } else if let timeLimit {
            fraction = elapsed.seconds / max(timeLimit.seconds, 1e-9)
        }
        if Task.isCancelled || (shouldStop?() ?? false) { return .cancelled }
        return nil
    }

    /// Whether a progress report is due at the last check; if so, the next one is due an interval later.
    mutating func isReportDue() -> Bool {
        guard now - lastReport >= reportInterval else { return false }
        lastReport = now
        return true
    }
}
