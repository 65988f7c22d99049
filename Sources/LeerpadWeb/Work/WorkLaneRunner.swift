import Foundation

/// The threads and the queue of one ``WorkLane``: at most `limits.threads` jobs run at once, at
/// most `limits.queue` wait, further jobs are refused at once with an estimate of when to retry.
///
/// Threads are started when jobs arrive and end after a few idle seconds, so an app that is built
/// and dropped (as in tests) leaves none behind. Jobs run in the order they arrive.
final class WorkLaneRunner: @unchecked Sendable {
    private struct Job {
        let id: UInt64
        let run: @Sendable () -> Void
        let cancel: @Sendable () -> Void
    }

    let lane: WorkLane
    let limits: WorkLaneLimits
    private let idleLifetime: TimeInterval
    private let condition = NSCondition()
    // Everything below is guarded by `condition`.
    private var waiting: [Job] = []
    private var running = 0
    private var threads = 0
    private var nextID: UInt64 = 0
    /// Seconds a job took, smoothed over the last few; the base of `Retry-After`.
    private var averageSeconds = 0.0

    init(lane: WorkLane, limits: WorkLaneLimits, idleLifetime: TimeInterval = 10) {
        self.lane = lane
        self.limits = limits
        self.idleLifetime = idleLifetime
    }

    /// Jobs running and waiting now.
    var load: (running: Int, waiting: Int) {
        condition.lock()
        defer { condition.unlock() }
        return (running, waiting.count)
    }

    /// Runs `job` on one of the lane's threads and returns its result; throws
    /// ``WorkPoolError/busy(lane:retryAfter:)`` when the queue is full and `CancellationError` when
    /// the task is cancelled while the job still waits.
    func run<T: Sendable>(_ job: @escaping @Sendable () throws -> T) async throws -> T {
        let id = makeID()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
                let refusal = enqueue(
                    Job(
                        id: id, run: { continuation.resume(with: Result(catching: job)) },
                        cancel: { continuation.resume(throwing: CancellationError()) }))
                if let refusal { continuation.resume(throwing: refusal) }
            }
        } onCancel: {
            cancel(id)
        }
    }

    private func makeID() -> UInt64 {
        condition.lock()
        defer { condition.unlock() }
        nextID &+= 1
        return nextID
    }

    /// Queues `job`, starting a thread when every started one is busy; the refusal when full.
    private func enqueue(_ job: Job) -> WorkPoolError? {
        condition.lock()
        defer { condition.unlock() }
        let inFlight = running + waiting.count
        guard inFlight < limits.threads + limits.queue else {
            let rounds = Double(inFlight + 1) / Double(limits.threads)
            let seconds = Int((max(averageSeconds, 0.5) * rounds).rounded(.up))
            return .busy(lane: lane, retryAfter: min(120, max(1, seconds)))
        }
        waiting.append(job)
        if threads - running < waiting.count, threads < limits.threads {
            threads += 1
            Thread { [self] in work() }.start()
        }
        condition.signal()
        return nil
    }

    /// Drops job `id` if it still waits, answering its caller with `CancellationError`.
    private func cancel(_ id: UInt64) {
        condition.lock()
        let index = waiting.firstIndex { $0.id == id }
        let job = index.map { waiting.remove(at: $0) }
        condition.unlock()
        job?.cancel()
    }

    /// A thread's life: take the oldest waiting job, run it, repeat; end after `idleLifetime` idle.
    private func work() {
        Thread.current.name = "leerpad-\(lane.rawValue)"
        ThreadPriority.lowerCurrent(to: limits.niceness)
        condition.lock()
        while true {
            while waiting.isEmpty {
                if !condition.wait(until: Date(timeIntervalSinceNow: idleLifetime)), waiting.isEmpty {
                    threads -= 1
                    condition.unlock()
                    return
                }
            }
            let job = waiting.removeFirst()
            running += 1
            condition.unlock()
            let started = ContinuousClock.now
            job.run()
            let elapsed = ContinuousClock.now - started
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
            condition.lock()
            running -= 1
            averageSeconds = averageSeconds == 0 ? seconds : 0.7 * averageSeconds + 0.3 * seconds
        }
    }
}
