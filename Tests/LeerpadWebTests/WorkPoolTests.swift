import Foundation
import Testing

@testable import LeerpadWeb

#if canImport(Glibc)
    import Glibc
#endif

/// The bounded pool of CPU-heavy work: its own low-priority threads, a run limit and a queue limit.
@Suite("Work pool")
struct WorkPoolTests {
    /// Waits until `lane` of `pool` has `running` jobs running and `waiting` waiting.
    static func settle(_ pool: WorkPool, _ lane: WorkLane, running: Int, waiting: Int) async throws {
        for _ in 0..<400 {
            let load = pool.load(of: lane)
            if load.running == running && load.waiting == waiting { return }
            try await Task.sleep(for: .milliseconds(5))
        }
        Issue.record("lane \(lane) never had \(running) running and \(waiting) waiting: \(pool.load(of: lane))")
    }

    @Test("a job runs on the lane's own thread, at the lane's nice value, and leaves the caller's alone")
    func ownThread() async throws {
        let pool = WorkPool(limits: [.demo: WorkLaneLimits(threads: 1, queue: 0, niceness: 7)])
        let nice = try await pool.run(.demo) { getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) }
        #expect(nice == 7)
        #expect(getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0) == 0)
    }

    @Test("at most `threads` jobs run, `queue` wait, the next is refused with a time to retry")
    func limits() async throws {
        let pool = WorkPool(limits: [.password: WorkLaneLimits(threads: 2, queue: 1, niceness: 0)])
        let release = DispatchSemaphore(value: 0)
        let jobs = (0..<3).map { index in
            Task {
                try await pool.run(.password) {
                    release.wait(); return index
                }
            }
        }
        try await Self.settle(pool, .password, running: 2, waiting: 1)
        await #expect(throws: WorkPoolError.self) { try await pool.run(.password) { 99 } }
        do {
            _ = try await pool.run(.password) { 99 }
        } catch let WorkPoolError.busy(lane, retryAfter) {
            #expect(lane == .password)
            #expect(retryAfter >= 1)
        }
        // Another lane is not held up.
        #expect(try await pool.run(.upload) { 5 } == 5)
        for _ in 0..<3 { release.signal() }
        var results: [Int] = []
        for job in jobs { results.append(try await job.value) }
        #expect(results == [0, 1, 2])
        #expect(try await pool.run(.password) { 7 } == 7)
    }

    @Test("a waiting job whose task is cancelled never runs")
    func cancelWaiting() async throws {
        let pool = WorkPool(limits: [.demo: WorkLaneLimits(threads: 1, queue: 1, niceness: 0)])
        let release = DispatchSemaphore(value: 0)
        let ran = LockedFlag()
        let first = Task { try await pool.run(.demo) { release.wait() } }
        try await Self.settle(pool, .demo, running: 1, waiting: 0)
        let second = Task { try await pool.run(.demo) { ran.set() } }
        try await Self.settle(pool, .demo, running: 1, waiting: 1)
        second.cancel()
        await #expect(throws: CancellationError.self) { try await second.value }
        release.signal()
        try await first.value
        #expect(!ran.value)
    }
}

/// A flag set from another thread.
final class LockedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var isSet = false
    func set() {
        lock.lock()
        isSet = true
        lock.unlock()
    }
    var value: Bool {
        lock.lock()
        defer { lock.unlock() }
        return isSet
    }
}
