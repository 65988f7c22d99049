import Foundation

/// An assessment a team took, as the game sees it: when, the levels it measured, and whether it
/// is a measurement that counts.
public struct RecordedAssessment: Hashable, Sendable {
    /// The store's id of the assessment.
    public var id: Int64
    /// When it was taken.
    public var takenAt: Date
    /// The scores.
    public var assessment: Assessment
    /// How many people answered.
    public var respondents: Int
    /// Whether it is a valid measurement: a closed round or an import that met the minimum, or an
    /// earlier assessment with as many respondents. Only valid ones earn XP and count in demand.
    public var isValid: Bool

    /// Creates a recorded assessment.
    public init(id: Int64, takenAt: Date, assessment: Assessment, respondents: Int, isValid: Bool) {
        self.id = id
        self.takenAt = takenAt
        self.assessment = assessment
        self.respondents = respondents
        self.isValid = isValid
    }
}
