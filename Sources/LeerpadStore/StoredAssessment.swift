import Foundation
import LeerpadCore

/// An assessment as stored: when, from which file and model, and the raw answers under
/// pseudonymous respondent codes (R01, R02, … in file order).
public struct StoredAssessment: Hashable, Sendable, Identifiable {
    /// The store's id.
    public var id: Int64
    /// The team's id.
    public var teamID: Int64
    /// When it was taken.
    public var takenAt: Date
    /// The answer file's name.
    public var source: String
    /// The model version the answers refer to.
    public var modelVersion: String
    /// The answers.
    public var responses: [Response]

    /// Creates a stored assessment.
    public init(id: Int64, teamID: Int64, takenAt: Date, source: String, modelVersion: String, responses: [Response]) {
        self.id = id
        self.teamID = teamID
        self.takenAt = takenAt
        self.source = source
        self.modelVersion = modelVersion
        self.responses = responses
    }
}
