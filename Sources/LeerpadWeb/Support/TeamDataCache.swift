import Foundation
import LeerpadCore
import LeerpadStore

/// Keeps each team's derived data for a few seconds, so that pages showing every team (the
/// leaderboard, the dashboard) do not rescore every assessment on every request.
///
/// The web app drops a team's entry whenever it writes for that team; other writers (the CLI on
/// the same database) are seen within `lifetime` seconds. Scored assessments never change and
/// are kept by id.
final class TeamDataCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [Int64: (data: TeamData, loadedAt: Date)] = [:]
    private var scored: [Int64: Assessment] = [:]
    let lifetime: TimeInterval

    init(lifetime: TimeInterval = 5) { self.lifetime = lifetime }

    func data(for teamID: Int64, now: Date) -> TeamData? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = entries[teamID], now.timeIntervalSince(entry.loadedAt) < lifetime, now >= entry.loadedAt
        else { return nil }
        return entry.data
    }

    func store(_ data: TeamData, now: Date) {
        lock.lock()
        defer { lock.unlock() }
        entries[data.team.id] = (data, now)
    }

    func invalidate(teamID: Int64? = nil) {
        lock.lock()
        defer { lock.unlock() }
        if let teamID { entries[teamID] = nil } else { entries = [:] }
    }

    /// The scores of stored assessment `id`, computed once.
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

    /// Forgets scores (when the model changes).
    func clearScores() {
        lock.lock()
        defer { lock.unlock() }
        scored = [:]
        entries = [:]
    }
}
