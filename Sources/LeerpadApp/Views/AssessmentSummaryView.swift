import Foundation
import LeerpadCore

/// One of a team's measurements as JSON: id, when, respondents and the score per subdimension
/// (rounded to three decimals; subdimensions nobody answered are left out).
public struct AssessmentSummaryView: Encodable, Sendable {
    /// The stored assessment's id.
    public var id: Int64
    /// When it was taken.
    public var takenAt: Date
    /// How many people answered.
    public var respondents: Int
    /// Whether it is a valid measurement (enough respondents); thin ones do not count.
    public var valid: Bool
    /// Score per subdimension id.
    public var scores: [String: Double]

    /// The summary of `recorded`.
    public init(_ recorded: RecordedAssessment) {
        id = recorded.id
        takenAt = recorded.takenAt
        respondents = recorded.assessment.respondents
        valid = recorded.isValid
        scores = Dictionary(
            recorded.assessment.subdimensions.compactMap { score in
                score.score.map { (score.subdimensionID, LocalFormat.rounded($0)) }
            },
            uniquingKeysWith: { first, _ in first })
    }
}
