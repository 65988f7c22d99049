import Foundation
import LeerpadCore
import LeerpadStore

/// Keeps each team's report for a few seconds, so that views of every team (the leaderboard,
/// the dashboard) do not rescore every assessment on every request.
///
/// ``Leerpad`` drops a team's entry whenever it writes for that team; other writers (the CLI on
/// the same database) are seen within `lifetime` seconds. Scored assessments never change and are
/// kept by id.
public final class TeamReportCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [Int64: (report: TeamReport, loadedAt: Date)] = [:]
    /// Bumped by every invalidation, so a report read before a write is not stored after it.
    private var generations: [Int64: Int] = [:]
    private var allGeneration = 0
    private var scored: [Int64: Assessment] = [:]
    /// How long a report stays fresh, in seconds.
    public let lifetime: TimeInterval

    /// An empty cache whose reports stay fresh for `lifetime` seconds.
    public init(lifetime: TimeInterval = 5) { self.lifetime = lifetime }

    func report(for teamID: Int64, now: Date) -> TeamReport? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = entries[teamID], now.timeIntervalSince(entry.loadedAt) < lifetime, now >= entry.loadedAt
        else { return nil }
        return entry.report
    }

    /// The generation of `teamID`'s data: take it before reading the store, pass it to ``store(_:now:generation:)``.
    func generation(of teamID: Int64) -> Int {
        lock.lock()
        defer { lock.unlock() }
        return allGeneration &+ (generations[teamID] ?? 0)
    }

    /// Keeps `report` unless the team's data was invalidated since `generation` was taken.
    func store(_ report: TeamReport, now: Date, generation: Int) {
        lock.lock()
        defer { lock.unlock() }
        guard allGeneration &+ (generations[report.team.id] ?? 0) == generation else { return }
        entries[report.team.id] = (report, now)
    }

    /// Drops the report of `teamID`, or every report.
    public func invalidate(teamID: Int64? = nil) {
        lock.lock()
        defer { lock.unlock() }
        if let teamID {
            entries[teamID] = nil
            generations[teamID, default: 0] &+= 1
        } else {
            entries = [:]
            allGeneration &+= 1
        }
    }

    /// The scores of stored assessment `stored`, computed once.
    func scored(_ stored: StoredAssessment, score: (StoredAssessment) -> Assessment) -> Assessment {
        lock.lock()
        if let assessment = scored[stored.id] {
            lock.unlock()
            return assessment
        }
        lock.unlock()
        let assessment = score(stored)
        lock.lock()
        if scored.count > 50_000 { scored = [:] }
        scored[stored.id] = assessment
        lock.unlock()
        return assessment
    }
}
