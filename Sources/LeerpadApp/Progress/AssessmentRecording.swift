import Foundation
import LeerpadCore
import LeerpadStore

/// A measurement that was just stored, with what it means for the team.
public struct AssessmentOutcome: Sendable {
    /// The stored assessment.
    public var stored: StoredAssessment
    /// Its scores.
    public var assessment: Assessment
    /// The scores of the team's measurement before this one, if any.
    public var previous: Assessment?
    /// What the rules recommend now.
    public var recommendations: Recommendations
}

extension Leerpad {
    /// Stores a measurement of `team` taken now or at `takenAt`; `source` says where it came from.
    ///
    /// This is a coordinator's import of a survey export. Refused: answers without a single
    /// answered statement (no answers is not a result), fewer respondents than a measurement
    /// needs (the game's minimum), and exactly the answers of the team's latest measurement again.
    public func recordAssessment(
        _ responses: [Response], for team: Team, source: String, takenAt: Date? = nil
    ) throws(AppError) -> AssessmentOutcome {
        let assessment = try advisor.assessment(of: responses, source: source)
        let minimum = content.game.minimumRespondents
        guard responses.count >= minimum else {
            throw .tooFewInImport(source: source, respondents: responses.count, minimum: minimum)
        }
        let stored = try storing { store throws(StoreError) in try store.assessments(teamID: team.id) }
        if let last = stored.max(by: { ($0.takenAt, $0.id) < ($1.takenAt, $1.id) }),
            Self.sameAnswers(last.responses, responses)
        {
            throw .unchangedAnswers(assessmentID: last.id)
        }
        let before = try report(for: team)
        let when = takenAt ?? time.now()
        let version = content.model.version
        let saved = try writing(teamID: team.id) { store throws(StoreError) in
            try store.saveAssessment(
                teamID: team.id, takenAt: when, source: source, modelVersion: version, responses: responses)
        }
        return AssessmentOutcome(
            stored: saved, assessment: assessment, previous: before.latest,
            recommendations: advisor.recommend(for: assessment))
    }

    /// Whether two sets of responses hold the same answers and roles, whatever their order and codes.
    static func sameAnswers(_ first: [Response], _ second: [Response]) -> Bool {
        func canonical(_ responses: [Response]) -> [String] {
            responses.map { response in
                (response.role ?? "") + "|"
                    + response.answers.keys.sorted().map { key in
                        switch response.answers[key]! {
                        case .likert(let value): "\(key)=\(value)"
                        case .dontKnow: "\(key)=x"
                        }
                    }.joined(separator: ",")
            }.sorted()
        }
        return canonical(first) == canonical(second)
    }
}
