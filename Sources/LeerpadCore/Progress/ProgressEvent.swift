import Foundation

/// One entry of a team's append-only progress log.
public struct ProgressEvent: Hashable, Sendable, Identifiable {
    /// The log's sequence number (assigned by the store, increasing).
    public var id: Int64
    /// What happened.
    public var activity: ProgressActivity
    /// When it happened.
    public var occurredAt: Date

    /// Creates an event.
    public init(id: Int64, activity: ProgressActivity, occurredAt: Date) {
        self.id = id
        self.activity = activity
        self.occurredAt = occurredAt
    }
}
