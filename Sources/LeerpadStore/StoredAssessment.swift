import Foundation
import LeerpadCore

/// Where a stored measurement came from.
public enum MeasurementKind: String, Hashable, Sendable, CaseIterable {
    /// A closed round that met its minimum.
    case round
    /// A coordinator's import of a survey export (`leerpad assess --save`), checked against the minimum.
    case `import`
    /// Stored before rounds existed: valid only when it has as many respondents as the minimum.
    case legacy
}

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
    /// Where it came from.
    public var kind: MeasurementKind
    /// The round it closed, for a round's measurement.
    public var roundID: Int64?

    /// Creates a stored assessment.
    public init(
        id: Int64, teamID: Int64, takenAt: Date, source: String, modelVersion: String, responses: [Response],
        kind: MeasurementKind = .import, roundID: Int64? = nil
    ) {
        self.id = id
        self.teamID = teamID
        self.takenAt = takenAt
        self.source = source
        self.modelVersion = modelVersion
        self.responses = responses
        self.kind = kind
        self.roundID = roundID
    }
}
