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
    /// Answers without a single answered statement (every cell empty or "weet niet") are refused:
    /// no answers is not a result.
    public func recordAssessment(
        _ responses: [Response], for team: Team, source: String, takenAt: Date? = nil
    ) throws(AppError) -> AssessmentOutcome {
        let assessment = try advisor.assessment(of: responses, source: source)
        let before = try report(for: team)
        let when = takenAt ?? time.now()
        let version = content.model.version
        let stored = try writing(teamID: team.id) { store throws(StoreError) in
            try store.saveAssessment(
                teamID: team.id, takenAt: when, source: source, modelVersion: version, responses: responses)
        }
        return AssessmentOutcome(
            stored: stored, assessment: assessment, previous: before.latest,
            recommendations: advisor.recommend(for: assessment))
    }
}
