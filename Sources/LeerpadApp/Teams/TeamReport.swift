import Foundation
import LeerpadCore
import LeerpadStore

/// A team as the pages, commands and exports show it: its stored data, scored with the Content,
/// and its progress derived from the log as of now.
public struct TeamReport: Sendable {
    /// The team.
    public var team: Team
    /// Its assessments, oldest first (by time taken, then id), scored; thin ones included.
    public var assessments: [RecordedAssessment]
    /// The path it accepted last.
    public var path: AcceptedPath?
    /// Its progress log in log order.
    public var events: [ProgressEvent]
    /// XP, level, badges, streak, path steps and maturity changes.
    public var progress: TeamProgress

    /// The valid measurements, oldest first: those that count for scores, plans and demand.
    public var measurements: [RecordedAssessment] { assessments.filter(\.isValid) }
    /// The latest valid measurement.
    public var latestMeasurement: RecordedAssessment? { assessments.last(where: \.isValid) }
    /// The latest valid measurement's scores.
    public var latest: Assessment? { latestMeasurement?.assessment }
    /// The scores of the valid measurement before the latest.
    public var previous: Assessment? { measurements.dropLast().last?.assessment }
}

extension Leerpad {
    /// The report of `team` as of now, from the cache when it was derived at the team's revision.
    public func report(for team: Team) throws(AppError) -> TeamReport {
        let now = time.now()
        if let cached = cache?.report(for: team, now: now) { return cached }
        let stored = try storing { store throws(StoreError) in try store.assessments(teamID: team.id) }
        let advisor = advisor
        let assessments = stored.map { item in
            let scored = cache?.scored(item) { advisor.score($0.responses) } ?? advisor.score(item.responses)
            // Rounds and imports are checked against the minimum on their way in; an assessment
            // stored before rounds existed (or with a lower minimum since) counts only with as many.
            let valid = item.responses.count >= content.game.minimumRespondents
            return RecordedAssessment(
                id: item.id, takenAt: item.takenAt, assessment: scored, respondents: item.responses.count,
                isValid: valid)
        }
        .sorted { ($0.takenAt, $0.id) < ($1.takenAt, $1.id) }
        let path = try storing { store throws(StoreError) in try store.latestPath(teamID: team.id) }
        let events = try storing { store throws(StoreError) in try store.events(teamID: team.id) }
        let progress = TeamProgress(
            events: events, assessments: assessments, path: path, context: content.gameContext, now: now)
        let report = TeamReport(team: team, assessments: assessments, path: path, events: events, progress: progress)
        cache?.store(report, now: now)
        return report
    }

    /// The report of every team in `scope`, by team name.
    public func reports(in scope: AccessScope = .everything) throws(AppError) -> [TeamReport] {
        var result: [TeamReport] = []
        for team in try teams(in: scope) { result.append(try report(for: team)) }
        return result
    }
}
