import LeerpadCore

extension Phrase {
    /// The text in English.
    public var english: String {
        switch self {
        // Refusals and confirmations of the use cases
        case .unknownAccessCode: "No team has this access code."
        case .noAssessment(let team):
            "Team ‘\(team)’ has no assessment yet; fill in the scan first (web) or use ‘leerpad assess … --team \(team) --save’."
        case .emptyPlan: "The plan is empty; there is nothing to accept."
        case .emptyAssessment(let source):
            "\(source): not a single statement is answered (all empty or ‘don't know’); without answers there is no assessment."
        case .unknownModules(let ids):
            "Unknown module(s): \(ids); see Content/catalogue.xml or `leerpad catalogue validate`."
        case .duplicateTeam(let team, let earlier, let later):
            "Note: \(earlier) and \(later) both belong to team ‘\(team)’; the demand counts only \(later)."
        case .pathSaved: "The learning path has been saved."
        case .progressRecorded: "The progress has been recorded."

        // What is wrong with a progress record
        case .chooseActivity: "Choose started, completed or tried."
        case .chooseModule(let unknown):
            unknown.isEmpty
                ? "Choose a module of the catalogue." : "Choose a module of the catalogue (unknown: '\(unknown)')."
        case .chooseUseCase(let unknown):
            unknown.isEmpty ? "Choose a use case." : "Choose a use case (unknown: '\(unknown)')."
        case .scoreOutOfRange: "A score is a number from 0 to 1."
        case .scoreWithoutCompletion: "A score belongs with a completed module."
        case .chooseTeam: "Choose a team."

        // What the store refused or failed at
        case .teamExists(let name): "A team called ‘\(name)’ exists already."
        case .unknownTeam(let name): "No team is called ‘\(name)’."
        case .unknownEvent(let team, let id): "Team ‘\(team)’ has no event \(id)."
        case .invalidValue(let field, let reason): "\(field): \(reason)"
        case .databaseUnavailable(let path, let reason): "\(path): the database cannot be used (\(reason))."
        case .xmlTooManyAttributes(let limit):
            "this element has more than \(limit) attributes; at most \(limit) are accepted"
        case .xmlTooManyElements(let limit):
            "the document has more than \(limit) elements; at most \(limit) are accepted"
        }
    }
}
