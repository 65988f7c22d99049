import Foundation
import LeerpadCore
import LeerpadStore

/// A team as the pages, commands and exports show it: its stored data, scored with the Content,
/// and its progress derived from the log as of now.
public struct TeamReport: Sendable {
    /// The team.
    public var team: Team
    /// Its assessments, oldest first (by time taken, then id), scored.
    public var assessments: [RecordedAssessment]
    /// The path it accepted last.
    public var path: AcceptedPath?
    /// Its progress log in log order.
    public var events: [ProgressEvent]
    /// XP, level, badges, streak, path steps and maturity changes.
    public var progress: TeamProgress

    /// The latest assessment's scores.
    public var latest: Assessment? { assessments.last?.assessment }
    /// The scores of the assessment before the latest.
    public var previous: Assessment? { assessments.dropLast().last?.assessment }
}

extension Leerpad {
    /// The report of `team` as of now, from the cache when it is fresh.
    public func report(for team: Team) throws(AppError) -> TeamReport {
        let now = time.now()
        if let cached = cache?.report(for: team.id, now: now) { return cached }
        let generation = cache?.generation(of: team.id)
        let stored = try storing { store throws(StoreError) in try store.assessments(teamID: team.id) }
        let advisor = advisor
        let assessments = stored.map { item in
            let scored = cache?.scored(item) { advisor.score($0.responses) } ?? advisor.score(item.responses)
            return RecordedAssessment(id: item.id, takenAt: item.takenAt, assessment: scored)
        }
        .sorted { ($0.takenAt, $0.id) < ($1.takenAt, $1.id) }
        let path = try storing { store throws(StoreError) in try store.latestPath(teamID: team.id) }
        let events = try storing { store throws(StoreError) in try store.events(teamID: team.id) }
        let progress = TeamProgress(
            events: events, assessments: assessments, path: path, context: content.gameContext, now: now)
        let report = TeamReport(team: team, assessments: assessments, path: path, events: events, progress: progress)
        if let generation { cache?.store(report, now: now, generation: generation) }
        return report
    }

    /// Every team's report, by team name.
    public func reports() throws(AppError) -> [TeamReport] {
        var result: [TeamReport] = []
        for team in try teams() { result.append(try report(for: team)) }
        return result
    }
}
