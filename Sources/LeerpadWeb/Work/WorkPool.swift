/// Runs the web app's CPU-heavy work — route and forecast demos, bcrypt, catalogue checks — on
/// dedicated threads, off the event loops and off Swift's cooperative thread pool (on which every
/// request is handled), each ``WorkLane`` within its ``WorkLaneLimits``.
///
/// A lane's threads run at a lower priority (nice), so a page asked for while solvers run is
/// answered first. A job that finds its lane's threads busy and queue full is refused at once with
/// ``WorkPoolError/busy(lane:retryAfter:)``, which the app answers with 503 and `Retry-After`.
public final class WorkPool: Sendable {
    private let runners: [WorkLane: WorkLaneRunner]

    /// A pool with `limits` per lane; a lane without limits gets ``WorkLaneLimits/default(for:cores:)``.
    public init(limits: [WorkLane: WorkLaneLimits] = [:]) {
        var runners: [WorkLane: WorkLaneRunner] = [:]
        for lane in WorkLane.allCases {
            runners[lane] = WorkLaneRunner(lane: lane, limits: limits[lane] ?? .default(for: lane))
        }
        self.runners = runners
    }

    /// The limits of `lane`.
    public func limits(of lane: WorkLane) -> WorkLaneLimits { runner(lane).limits }

    /// Jobs of `lane` running and waiting now.
    public func load(of lane: WorkLane) -> (running: Int, waiting: Int) { runner(lane).load }

    /// Runs `job` on a thread of `lane` and returns its result (or rethrows its error).
    ///
    /// - Throws: ``WorkPoolError/busy(lane:retryAfter:)`` when the lane is full, `CancellationError`
    ///   when the calling task is cancelled while the job waits, or what `job` throws.
    public func run<T: Sendable>(_ lane: WorkLane, _ job: @escaping @Sendable () throws -> T) async throws -> T {
        try await runner(lane).run(job)
    }

    private func runner(_ lane: WorkLane) -> WorkLaneRunner {
        guard let runner = runners[lane] else { preconditionFailure("every lane has a runner") }
        return runner
    }
}
