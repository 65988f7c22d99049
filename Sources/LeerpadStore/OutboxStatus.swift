import Foundation

/// What the outbox holds for one endpoint.
public struct OutboxStatus: Hashable, Sendable {
    /// The LRS's statements address.
    public var endpoint: String
    /// Statements not delivered yet.
    public var pending: Int
    /// Statements delivered.
    public var delivered: Int
    /// The last error of a pending statement, if any.
    public var lastError: String?
    /// When delivery was last tried.
    public var lastAttemptAt: Date?
    /// When the next pending statement is due.
    public var nextAttemptAt: Date?

    /// Creates a status.
    public init(
        endpoint: String, pending: Int, delivered: Int, lastError: String?, lastAttemptAt: Date?,
        nextAttemptAt: Date?
    ) {
        self.endpoint = endpoint
        self.pending = pending
        self.delivered = delivered
        self.lastError = lastError
        self.lastAttemptAt = lastAttemptAt
        self.nextAttemptAt = nextAttemptAt
    }
}
