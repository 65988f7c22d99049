import Foundation

/// The outbox of statements for a Learning Record Store: what is queued stays until the LRS
/// has taken it, so an outage loses nothing.
///
/// A statement is queued once per endpoint and statement id (queueing it again is a no-op),
/// which makes delivery idempotent on Leerpad's side as well as the LRS's.
public protocol OutboxStore: Sendable {
    /// Queues `statements` (id and JSON) for `endpoint`; returns how many were new.
    @discardableResult
    func enqueue(_ statements: [OutboxStatement], endpoint: String, at: Date) throws(StoreError) -> Int
    /// Up to `limit` undelivered statements for `endpoint` whose next attempt is due at `now`, oldest first.
    func due(endpoint: String, now: Date, limit: Int) throws(StoreError) -> [OutboxStatement]
    /// Marks the statements with `ids` as delivered.
    func markDelivered(endpoint: String, ids: [String], at: Date) throws(StoreError)
    /// Records a failed attempt for `ids`: the error, and when to try again.
    func markFailed(endpoint: String, ids: [String], error: String, at: Date, retryAt: Date) throws(StoreError)
    /// The attempts made so far for the statement `id`.
    func attempts(endpoint: String, id: String) throws(StoreError) -> Int
    /// Counts and the last error, per endpoint.
    func outboxStatus() throws(StoreError) -> [OutboxStatus]
    /// The LRS the web app's coordinator set, if any.
    func lrsEndpoint() throws(StoreError) -> LRSEndpointSetting?
    /// Sets (or with `nil` clears) the coordinator's LRS.
    func setLRSEndpoint(_ setting: LRSEndpointSetting?, at: Date) throws(StoreError)
}
