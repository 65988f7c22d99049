/// Why the work pool did not run a job.
public enum WorkPoolError: Error, Sendable, Equatable {
    /// Every thread of `lane` is busy and its queue is full; try again in `retryAfter` seconds.
    case busy(lane: WorkLane, retryAfter: Int)
}
