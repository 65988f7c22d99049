import Foundation

/// How much of one ``WorkLane`` runs at once and how much may wait.
public struct WorkLaneLimits: Sendable, Equatable {
    /// Jobs running at once, each on its own thread.
    public var threads: Int
    /// Jobs that may wait for a thread; one more is refused (503 with `Retry-After`).
    public var queue: Int
    /// The threads' nice value (0–19): above 0 the kernel gives request handling the CPU first.
    public var niceness: Int32

    /// Creates limits; `threads` is at least 1, `queue` at least 0.
    public init(threads: Int, queue: Int, niceness: Int32) {
        self.threads = max(1, threads)
        self.queue = max(0, queue)
        self.niceness = min(19, max(0, niceness))
    }

    /// The limits of `lane` on a machine with `cores` cores: one demo solve per core with four
    /// per core waiting, at nice 19 (the kernel's lowest: solves get what pages leave over); bcrypt on every core with 16 waiting, at nice 5; one catalogue
    /// check at a time with 2 waiting, at nice 5.
    public static func `default`(for lane: WorkLane, cores: Int = ProcessInfo.processInfo.activeProcessorCount)
        -> WorkLaneLimits
    {
        let cores = max(1, cores)
        switch lane {
        case .demo: return WorkLaneLimits(threads: cores, queue: 4 * cores, niceness: 19)
        case .password: return WorkLaneLimits(threads: cores, queue: 16, niceness: 5)
        case .upload: return WorkLaneLimits(threads: 1, queue: 2, niceness: 5)
        }
    }
}
