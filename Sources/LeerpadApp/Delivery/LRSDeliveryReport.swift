/// What one delivery run did.
public struct LRSDeliveryReport: Hashable, Sendable {
    /// Statements newly queued.
    public var queued: Int
    /// Statements the LRS took in this run.
    public var delivered: Int
    /// Statements left in the outbox (they are retried later).
    public var pending: Int
    /// The error of this run, if any.
    public var lastError: String?

    /// Creates a report.
    public init(queued: Int, delivered: Int, pending: Int, lastError: String?) {
        self.queued = queued
        self.delivered = delivered
        self.pending = pending
        self.lastError = lastError
    }
}
