import Foundation
import LeerpadCore
import LeerpadStore

/// Everything Leerpad stores about one team, as JSON: what a coordinator hands over for a
/// request under the AVG (GDPR). Respondents appear only under their pseudonymous codes.
public struct TeamDataView: Encodable, Sendable {
    /// The team's own record.
    public struct TeamRecord: Encodable, Sendable {
        public var name: String
        public var municipality: String
        public var size: Int
        public var accessCode: String
        public var leaderboardOptOut: Bool
        public var createdAt: String
    }

    /// One stored answer.
    public struct AnswerRecord: Encodable, Sendable {
        public var respondent: String
        public var role: String?
        public var statement: String
        /// 1–5, or `nil` for "weet niet".
        public var value: Int?
    }

    /// One measurement with its raw answers.
    public struct AssessmentRecord: Encodable, Sendable {
        public var id: Int64
        public var takenAt: String
        public var source: String
        public var kind: String
        public var modelVersion: String
        public var answers: [AnswerRecord]
    }

    /// One round with its anonymous responses.
    public struct RoundRecord: Encodable, Sendable {
        public var id: Int64
        public var instrument: String
        public var state: String
        public var openedAt: String
        public var closesAt: String?
        public var minimumRespondents: Int
        public var assessment: Int64?
        public var responses: [ResponseRecord]
    }

    /// One anonymous response of a round.
    public struct ResponseRecord: Encodable, Sendable {
        public var role: String?
        public var startedAt: String
        public var submittedAt: String?
        public var answers: [String: String]
    }

    /// One event of the progress log.
    public struct EventRecord: Encodable, Sendable {
        public var id: Int64
        public var kind: String
        public var target: String
        public var occurredAt: String
    }

    public var team: TeamRecord
    public var assessments: [AssessmentRecord]
    public var rounds: [RoundRecord]
    public var acceptedPath: AcceptedPath?
    public var events: [EventRecord]

    /// Assembles the view from what the store holds.
    init(
        team: Team, assessments: [StoredAssessment], rounds: [(Round, [RoundResponse])], path: AcceptedPath?,
        events: [ProgressEvent]
    ) {
        self.team = TeamRecord(
            name: team.name, municipality: team.municipality, size: team.size, accessCode: team.accessCode,
            leaderboardOptOut: team.leaderboardOptOut, createdAt: Self.instant(team.createdAt))
        self.assessments = assessments.map { stored in
            AssessmentRecord(
                id: stored.id, takenAt: Self.instant(stored.takenAt), source: stored.source, kind: stored.kind.rawValue,
                modelVersion: stored.modelVersion,
                answers: stored.responses.flatMap { response in
                    response.answers.keys.sorted().map { key in
                        let value: Int?
                        if case .likert(let likert) = response.answers[key]! { value = likert } else { value = nil }
                        return AnswerRecord(
                            respondent: response.respondent, role: response.role, statement: key, value: value)
                    }
                })
        }
        self.rounds = rounds.map { round, responses in
            RoundRecord(
                id: round.id, instrument: round.instrument, state: round.state.rawValue,
                openedAt: Self.instant(round.openedAt),
                closesAt: round.closesAt.map(Self.instant), minimumRespondents: round.minimumRespondents,
                assessment: round.assessmentID,
                responses: responses.map { response in
                    ResponseRecord(
                        role: response.role, startedAt: Self.instant(response.startedAt),
                        submittedAt: response.submittedAt.map(Self.instant),
                        answers: response.answers.mapValues { answer in
                            if case .likert(let value) = answer { return String(value) }
                            return "weet niet"
                        })
                })
        }
        self.acceptedPath = path
        self.events = events.map {
            EventRecord(
                id: $0.id, kind: $0.activity.kind, target: $0.activity.target, occurredAt: Self.instant($0.occurredAt))
        }
    }

    /// An instant in ISO 8601 (UTC), as the other exports write it.
    static func instant(_ date: Date) -> String { ISO8601DateFormatter().string(from: date) }
}
