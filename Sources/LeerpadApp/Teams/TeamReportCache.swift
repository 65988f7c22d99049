import Foundation
import LeerpadCore
import LeerpadStore

/// Keeps each team's report for as long as the team's ``Team/revision`` (and the day) stays the
/// same, so that pages and views of every team do not reread and rescore a team's data on every
/// request.
///
/// The revision is raised by the database on every write about the team, from any process, so a
/// write through another server or the CLI makes the entry stale at the next request. ``Leerpad``
/// also drops a team's entry when it writes for that team. Scored assessments never change and are
/// kept by id.
public final class TeamReportCache: @unchecked Sendable {
    private struct Entry {
        var report: TeamReport
        var day: Int
    }

    private let lock = NSLock()
    private var entries: [Int64: Entry] = [:]
    private var scored: [Int64: Assessment] = [:]
    /// At most this many reports are kept; beyond, the cache starts over.
    private let capacity: Int

    /// An empty cache of at most `capacity` team reports.
    public init(capacity: Int = 20_000) { self.capacity = capacity }

    /// The report of `team` kept at its current revision on the day of `now`, if any (a team's
    /// streak moves with the calendar).
    func report(for team: Team, now: Date) -> TeamReport? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = entries[team.id], entry.report.team.revision == team.revision, entry.day == Self.day(now)
        else { return nil }
        return entry.report
    }

    /// Keeps `report`, derived on the day of `now`.
    func store(_ report: TeamReport, now: Date) {
        lock.lock()
        defer { lock.unlock() }
        if entries.count >= capacity { entries = [:] }
        entries[report.team.id] = Entry(report: report, day: Self.day(now))
    }

    /// Drops the report of `teamID`, or every report (when the Content changed).
    public func invalidate(teamID: Int64? = nil) {
        lock.lock()
        defer { lock.unlock() }
        if let teamID { entries[teamID] = nil } else { entries = [:] }
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

    private static func day(_ date: Date) -> Int { Int((date.timeIntervalSince1970 / 86_400).rounded(.down)) }
}
