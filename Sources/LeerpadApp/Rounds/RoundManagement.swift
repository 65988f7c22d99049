import Foundation
import LeerpadCore
import LeerpadStore

extension Leerpad {
    /// The roles a respondent may give: the multidisciplinary mix the model asks for.
    public static let respondentRoles = ["bestuur", "beleid", "uitvoering", "informatie"]

    /// Opens a round for `team` on `instrument` (a questionnaire id), closing after `closes` if
    /// given, with at least `minimum` respondents (default: the game's minimum).
    ///
    /// Refused while the team has an open round, for an unknown instrument, a closing date in the
    /// past, or a minimum below the game's minimum or above the team's size.
    public func openRound(for team: Team, instrument: String, closes: CalendarDate? = nil, minimum: Int? = nil)
        throws(AppError) -> Round
    {
        guard content.model.questionnaires.contains(where: { $0.id == instrument }) else {
            throw .unknownInstrument(instrument, known: content.model.questionnaires.map(\.id))
        }
        let lowest = content.game.minimumRespondents
        let wanted = minimum ?? lowest
        guard wanted >= lowest, wanted <= team.size else {
            throw .minimumOutOfRange(minimum: wanted, lowest: lowest, teamSize: team.size)
        }
        if let closes, closes < time.today() { throw .closingInPast(closes) }
        if let open = try rounds(of: team).first(where: { $0.state == .open }) {
            throw .roundAlreadyOpen(team: team.name, round: open.id)
        }
        let token = random.string(length: 22, from: Array("abcdefghijklmnopqrstuvwxyz234567"))
        return try writing(teamID: team.id) { store throws(StoreError) in
            try store.openRound(
                teamID: team.id, token: token, instrument: instrument, closesAt: closes.map(Self.closingInstant),
                minimumRespondents: wanted)
        }
    }

    /// The round with this id, if `scope` includes its team; closes it first when its date has passed.
    public func round(id: Int64, in scope: AccessScope = .everything) throws(AppError) -> Round {
        guard let round = try storing({ store throws(StoreError) in try store.round(id: id) }),
            let team = try? teamByID(round.teamID), scope.includes(team)
        else { throw .store(.unknownRound(String(id))) }
        return try closingIfDue(round)
    }

    /// The round of a respondent link; closes it first when its date has passed.
    public func round(token: String) throws(AppError) -> Round {
        let trimmed = token.trimmingCharacters(in: .whitespaces).lowercased()
        guard !trimmed.isEmpty, trimmed.count <= 64,
            let round = try storing({ store throws(StoreError) in try store.round(token: trimmed) })
        else { throw .store(.unknownRound(String(token.prefix(64)))) }
        return try closingIfDue(round)
    }

    /// The rounds of `team`, or of every team in `scope`, newest first.
    public func rounds(of team: Team? = nil, in scope: AccessScope = .everything) throws(AppError) -> [Round] {
        let all = try storing { store throws(StoreError) in try store.rounds(teamID: team?.id) }
        guard team == nil, scope != .everything else { return all }
        let visible = Set(try teams().filter(scope.includes).map(\.id))
        return all.filter { visible.contains($0.teamID) }
    }

    /// Where `round` stands.
    public func status(of round: Round) throws(AppError) -> RoundStatus {
        let team = try teamByID(round.teamID)
        let responses = try storing { store throws(StoreError) in try store.responses(roundID: round.id) }
        var submitted = responses.filter { $0.submittedAt != nil }
        var assessment: Assessment?
        if let id = round.assessmentID {
            let stored = try storing { store throws(StoreError) in try store.assessments(teamID: team.id) }
            if let measurement = stored.first(where: { $0.id == id }) {
                assessment = advisor.score(measurement.responses)
                submitted = measurement.responses.map { response in
                    RoundResponse(
                        id: 0, roundID: round.id, key: "", role: response.role, answers: [:], startedAt: round.openedAt,
                        submittedAt: round.endedAt)
                }
            }
        }
        let roles = Dictionary(submitted.map { ($0.role ?? "", 1) }, uniquingKeysWith: +)
        let pastClosing = round.state == .open && round.closesAt.map { time.now() >= $0 } == true
        return RoundStatus(
            round: round, team: team, submitted: submitted.count,
            drafts: responses.count - responses.filter { $0.submittedAt != nil }.count, roles: roles,
            isPastClosing: pastClosing, assessment: assessment)
    }

    /// Closes `round` into the team's measurement, scored exactly as the same answers in an
    /// answer sheet; refused below its minimum (extend or cancel it then).
    ///
    /// Exactly the answers of the team's latest measurement again store nothing (cancel the round).
    public func closeRound(_ round: Round) throws(AppError) -> AssessmentOutcome {
        let team = try teamByID(round.teamID)
        let submitted = try storing { store throws(StoreError) in try store.responses(roundID: round.id) }
            .filter { $0.submittedAt != nil }
            .map { Response(respondent: "", role: $0.role, answers: $0.answers) }
        let stored = try storing { store throws(StoreError) in try store.assessments(teamID: team.id) }
        if let last = stored.max(by: { ($0.takenAt, $0.id) < ($1.takenAt, $1.id) }),
            Self.sameAnswers(last.responses, submitted)
        {
            throw .unchangedAnswers(assessmentID: last.id)
        }
        let before = try report(for: team)
        let version = content.model.version
        let measurement = try writing(teamID: team.id) { store throws(StoreError) in
            try store.closeRound(id: round.id, modelVersion: version)
        }
        let assessment = advisor.score(measurement.responses)
        return AssessmentOutcome(
            stored: measurement, assessment: assessment, previous: before.latest,
            recommendations: advisor.recommend(for: assessment))
    }

    /// Cancels an open round: its responses never become a measurement.
    public func cancelRound(_ round: Round) throws(AppError) {
        try writing(teamID: round.teamID) { store throws(StoreError) in try store.cancelRound(id: round.id) }
    }

    /// Moves an open round's closing date to `closes` (today or later).
    public func extendRound(_ round: Round, closes: CalendarDate) throws(AppError) {
        guard closes >= time.today() else { throw .closingInPast(closes) }
        try writing(teamID: round.teamID) { store throws(StoreError) in
            try store.setClosing(roundID: round.id, closesAt: Self.closingInstant(closes))
        }
    }

    /// Adds a survey tool's export to an open round as submitted responses; returns how many.
    ///
    /// Only the answers to the round's questionnaire are kept; an export without one of them
    /// answered 1–5 (another questionnaire's, say) is refused.
    @discardableResult
    public func importResponses(_ responses: [Response], into round: Round, source: String) throws(AppError) -> Int {
        let statements = Set(try questionnaire(of: round).statements.map(\.id))
        let kept = responses.map { response in
            Response(
                respondent: response.respondent, team: response.team, role: response.role,
                answers: response.answers.filter { statements.contains($0.key) })
        }
        .filter { !$0.answers.isEmpty }
        guard kept.containAnAnswer else { throw .emptyAssessment(source: source) }
        let added = try writing(teamID: round.teamID) { store throws(StoreError) in
            try store.addResponses(roundID: round.id, kept.map { ($0.role, $0.answers) })
        }
        return added.count
    }

    /// A round's closing date as the instant it passes: the start of the next day (UTC).
    static func closingInstant(_ date: CalendarDate) -> Date { date.adding(days: 1).startInstant }

    /// The team with the store's id `id`.
    func teamByID(_ id: Int64) throws(AppError) -> Team {
        guard let team = try storing({ store throws(StoreError) in try store.team(id: id) }) else {
            throw .store(.unknownTeam(String(id)))
        }
        return team
    }

    /// `round`, closed first when its closing date has passed and it has its minimum.
    private func closingIfDue(_ round: Round) throws(AppError) -> Round {
        guard round.state == .open, let closes = round.closesAt, time.now() >= closes else { return round }
        do {
            _ = try closeRound(round)
        } catch .store(.tooFewRespondents) {
            return round
        } catch .store(.roundEnded) {
            // Another request closed it first.
        }
        return try storing { store throws(StoreError) in try store.round(id: round.id) } ?? round
    }
}
