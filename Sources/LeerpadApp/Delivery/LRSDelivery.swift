import Foundation
import LeerpadExport
import LeerpadStore

/// Delivers xAPI statements to a Learning Record Store through the store's outbox.
///
/// Statements are queued first (once per LRS and statement id), then sent oldest first in
/// batches of `batchSize` as `POST {url}/statements` with `X-Experience-API-Version: 1.0.3`.
/// An LRS keeps a statement id once, and the outbox never resends what was delivered, so
/// sending again adds nothing. When the LRS is down, the batch stays queued with its error and
/// a next attempt after a backoff (30 s, doubling, at most 1 h); a batch the LRS refuses is
/// retried statement by statement so that one bad statement does not hold back the rest.
public struct LRSDelivery: Sendable {
    /// The LRS.
    public var connection: LRSConnection
    /// Statements per request.
    public var batchSize: Int

    /// A delivery to `connection`.
    public init(connection: LRSConnection, batchSize: Int = 50) {
        self.connection = connection
        self.batchSize = max(1, batchSize)
    }

    /// The wait before attempt `attempts + 1`.
    public static func backoff(afterAttempts attempts: Int) -> TimeInterval {
        min(30 * pow(2, Double(max(0, attempts - 1))), 3600)
    }

    /// Queues `statements` and delivers what is due (everything pending when `all`).
    public func send(
        _ statements: [XAPIStatement], outbox: any OutboxStore, now: Date, all: Bool = false
    ) async throws(AppError) -> LRSDeliveryReport {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var entries: [OutboxStatement] = []
        for statement in statements {
            guard let data = try? encoder.encode(statement) else { continue }
            entries.append(OutboxStatement(id: statement.id, json: String(decoding: data, as: UTF8.self)))
        }
        let endpoint = connection.statementsURL
        let queued: Int
        do {
            queued = try outbox.enqueue(entries, endpoint: endpoint, at: now)
        } catch {
            throw .store(error)
        }
        var report = try await deliver(outbox: outbox, now: now, all: all)
        report.queued = queued
        return report
    }

    /// Delivers what is due in the outbox for this LRS (everything pending when `all`).
    public func deliver(outbox: any OutboxStore, now: Date, all: Bool = false) async throws(AppError)
        -> LRSDeliveryReport
    {
        let endpoint = connection.statementsURL
        let horizon = all ? Date.distantFuture : now
        var delivered = 0
        var lastError: String?
        var skipped: Set<String> = []
        do {
            while true {
                let due = try outbox.due(endpoint: endpoint, now: horizon, limit: batchSize + skipped.count)
                    .filter { !skipped.contains($0.id) }.prefix(batchSize)
                if due.isEmpty { break }
                switch await post(Array(due)) {
                case .success:
                    try outbox.markDelivered(endpoint: endpoint, ids: due.map(\.id), at: now)
                    delivered += due.count
                case .failure(let error) where error.isTransient:
                    try fail(Array(due), error, outbox: outbox, now: now)
                    lastError = error.summary
                    return try report(delivered: delivered, error: lastError, outbox: outbox)
                case .failure:
                    // Refused as a batch: try each statement alone.
                    for statement in due {
                        switch await post([statement]) {
                        case .success:
                            try outbox.markDelivered(endpoint: endpoint, ids: [statement.id], at: now)
                            delivered += 1
                        case .failure(let error):
                            try fail([statement], error, outbox: outbox, now: now)
                            lastError = error.summary
                            skipped.insert(statement.id)
                            if error.isTransient {
                                return try report(delivered: delivered, error: lastError, outbox: outbox)
                            }
                        }
                    }
                }
            }
            return try report(delivered: delivered, error: lastError, outbox: outbox)
        } catch {
            throw .store(error)
        }
    }

    private func post(_ statements: [OutboxStatement]) async -> Result<Void, LRSDeliveryError> {
        let body = Data(("[" + statements.map(\.json).joined(separator: ",") + "]").utf8)
        do {
            let (status, text) = try await connection.post(body)
            // 200: stored; 204: stored before, identical (Ralph); both mean the LRS has it.
            guard (200..<300).contains(status) else { return .failure(.refused(status: status, body: text)) }
            return .success(())
        } catch {
            return .failure(error)
        }
    }

    private func fail(
        _ statements: [OutboxStatement], _ error: LRSDeliveryError, outbox: any OutboxStore, now: Date
    ) throws(StoreError) {
        let endpoint = connection.statementsURL
        let attempts = try outbox.attempts(endpoint: endpoint, id: statements[0].id) + 1
        try outbox.markFailed(
            endpoint: endpoint, ids: statements.map(\.id), error: error.summary, at: now,
            retryAt: now.addingTimeInterval(Self.backoff(afterAttempts: attempts)))
    }

    private func report(delivered: Int, error: String?, outbox: any OutboxStore) throws(StoreError)
        -> LRSDeliveryReport
    {
        let status = try outbox.outboxStatus().first { $0.endpoint == connection.statementsURL }
        return LRSDeliveryReport(queued: 0, delivered: delivered, pending: status?.pending ?? 0, lastError: error)
    }
}

extension Leerpad {
    /// The store's outbox, or an error when the store keeps none.
    public func outbox() throws(AppError) -> any OutboxStore {
        guard let outbox = store as? any OutboxStore else {
            throw .store(.invalidValue(field: "store", reason: "keeps no LRS outbox"))
        }
        return outbox
    }

    /// Queues the xAPI statements of `reports` (with voiding statements for badges whose event
    /// was revoked) for `connection`, and delivers what is due.
    public func sendStatements(
        of reports: [TeamReport], baseURL: String, to connection: LRSConnection, all: Bool = false
    ) async throws(AppError) -> LRSDeliveryReport {
        let statements = CoordinatorExports(reports, leerpad: self).xapi(baseURL: baseURL)
        return try await LRSDelivery(connection: connection).send(
            statements, outbox: try outbox(), now: time.now(), all: all)
    }

    /// What the outbox holds, per LRS.
    public func outboxStatus() throws(AppError) -> [OutboxStatus] {
        let outbox = try outbox()
        return try storing { _ throws(StoreError) in try outbox.outboxStatus() }
    }

    /// Delivers what the outbox holds for `connection` and is due (all of it when `all`).
    public func deliverPending(to connection: LRSConnection, all: Bool = false) async throws(AppError)
        -> LRSDeliveryReport
    {
        try await LRSDelivery(connection: connection).deliver(outbox: try outbox(), now: time.now(), all: all)
    }
}
