import LeerpadCore

extension Phrase {
    /// The text in English.
    public var english: String {
        switch self {
        case .unknownAccessCode: "No team has this access code."
        case .noAssessment(let team):
            "Team ‘\(team)’ has no assessment yet; fill in the scan first (web) or use ‘leerpad assess … --team \(team) --save’."
        case .emptyPlan: "The plan is empty; there is nothing to accept."
        case .emptyAssessment(let source):
            "\(source): not a single statement is answered (all empty or ‘don't know’); without answers there is no assessment."
        case .pathSaved: "The learning path has been saved."
        case .progressRecorded: "The progress has been recorded."
        }
    }
}
