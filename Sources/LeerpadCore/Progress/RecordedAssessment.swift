import Foundation

/// An assessment a team took, as the game sees it: when, and the levels it measured.
public struct RecordedAssessment: Hashable, Sendable {
    /// The store's id of the assessment.
    public var id: Int64
    /// When it was taken.
    public var takenAt: Date
    /// The scores.
    public var assessment: Assessment

    /// Creates a recorded assessment.
    public init(id: Int64, takenAt: Date, assessment: Assessment) {
        self.id = id
        self.takenAt = takenAt
        self.assessment = assessment
    }
}
