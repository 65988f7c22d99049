import Foundation
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// A team's data as pages and API calls need it, read from the store and scored with the Content.
struct TeamData {
    var team: Team
    /// Assessments, oldest first, scored.
    var assessments: [RecordedAssessment]
    var path: AcceptedPath?
    var events: [ProgressEvent]
    var progress: TeamProgress

    var latest: Assessment? { assessments.last?.assessment }
    var previous: Assessment? { assessments.dropLast().last?.assessment }

    static func load(
        _ team: Team, store: any ProgressStore, content: ContentBundle, cache: TeamDataCache? = nil, now: Date = Date()
    ) throws(WebError) -> TeamData {
        if let cached = cache?.data(for: team.id, now: now) { return cached }
        let stored = try store.web { store throws(StoreError) in try store.assessments(teamID: team.id) }
        let assessments = stored.map { item in
            let scored =
                cache?.scored(item) { AssessmentScoring.score($0.responses, model: content.model) }
                ?? AssessmentScoring.score(item.responses, model: content.model)
            return RecordedAssessment(id: item.id, takenAt: item.takenAt, assessment: scored)
        }
        .sorted { ($0.takenAt, $0.id) < ($1.takenAt, $1.id) }
        let path = try store.web { store throws(StoreError) in try store.latestPath(teamID: team.id) }
        let events = try store.web { store throws(StoreError) in try store.events(teamID: team.id) }
        let progress = TeamProgress(
            events: events, assessments: assessments, path: path, context: content.gameContext, now: now)
        let data = TeamData(team: team, assessments: assessments, path: path, events: events, progress: progress)
        cache?.store(data, now: now)
        return data
    }
}

extension WebServices {
    /// A team's data, from the cache when it is fresh.
    func teamData(_ team: Team, content: ContentBundle) throws(WebError) -> TeamData {
        try TeamData.load(team, store: store, content: content, cache: cache)
    }

    /// Runs a store write for `teamID` and drops the team's cached data.
    func write<T>(teamID: Int64, _ body: (any ProgressStore) throws(StoreError) -> T) throws(WebError) -> T {
        defer { cache.invalidate(teamID: teamID) }
        do {
            return try body(store)
        } catch {
            throw WebError.store(error)
        }
    }

    /// The team whose access code is `code`; 404 otherwise (the same answer for every wrong code).
    func team(accessCode code: String, language: Language) throws(WebError) -> Team {
        let trimmed = code.trimmingCharacters(in: .whitespaces).uppercased()
        guard !trimmed.isEmpty, trimmed.count <= 64,
            let team = try store.web({ store throws(StoreError) in try store.team(accessCode: trimmed) })
        else {
            throw WebError.notFound(
                language.pick("Geen team heeft deze toegangscode.", "No team has this access code."))
        }
        return team
    }

    /// Every team's data.
    func allTeams(content: ContentBundle) throws(WebError) -> [TeamData] {
        let teams = try store.web { store throws(StoreError) in try store.teams() }
        var result: [TeamData] = []
        for team in teams { result.append(try teamData(team, content: content)) }
        return result
    }

    /// The leaderboard of `focus`'s municipality, only its neighbours; the team itself is shown
    /// even when it opted out (only to itself).
    func leaderboard(around focus: Team, content: ContentBundle) throws(WebError) -> [RankedEntry] {
        let entries = try allTeams(content: content).map { data in
            LeaderboardEntry(
                team: data.team.name, municipality: data.team.municipality, xp: data.progress.state.xp,
                level: data.progress.state.level.number, lastGainAt: data.progress.state.lastGainAt,
                optedOut: data.team.leaderboardOptOut && data.team.id != focus.id)
        }
        return Leaderboard.around(focus.name, in: Leaderboard.rank(entries, municipality: focus.municipality))
    }

    /// Course demand across all teams, from each team's latest assessment.
    func demand(content: ContentBundle) throws(WebError) -> [ModuleDemand] {
        let needs = try allTeams(content: content).compactMap { data -> TeamNeed? in
            guard let latest = data.latest else { return nil }
            return TeamNeed(
                team: data.team.name, people: data.team.size, recommendations: content.recommend(for: latest))
        }
        return CourseDemand.compute(needs, catalogue: content.catalogue)
    }
}
