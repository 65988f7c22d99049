import LeerpadCore

/// The use cases' own sentences, each in both languages: a new case without its Dutch or English
/// text does not compile.
public enum Phrase: Sendable {
    case unknownAccessCode
    case noAssessment(team: String)
    case emptyPlan
    case emptyAssessment(source: String)
    case pathSaved
    case progressRecorded

    /// The sentence in `language`.
    public func text(_ language: Language) -> String {
        switch (self, language) {
        case (.unknownAccessCode, .dutch): "Geen team heeft deze toegangscode."
        case (.unknownAccessCode, .english): "No team has this access code."
        case (.noAssessment(let team), .dutch):
            "Team ‘\(team)’ heeft nog geen meting; vul eerst de scan in (web) of gebruik ‘leerpad assess … --team \(team) --save’."
        case (.noAssessment(let team), .english):
            "Team ‘\(team)’ has no assessment yet; fill in the scan first (web) or use ‘leerpad assess … --team \(team) --save’."
        case (.emptyPlan, .dutch): "Het plan is leeg; er is niets aan te nemen."
        case (.emptyPlan, .english): "The plan is empty; there is nothing to accept."
        case (.emptyAssessment(let source), .dutch):
            "\(source): geen enkele stelling is beantwoord (alles leeg of ‘weet niet’); zonder antwoorden is er geen meting."
        case (.emptyAssessment(let source), .english):
            "\(source): not a single statement is answered (all empty or ‘don't know’); without answers there is no assessment."
        case (.pathSaved, .dutch): "Het leerpad is opgeslagen."
        case (.pathSaved, .english): "The learning path has been saved."
        case (.progressRecorded, .dutch): "De voortgang is vastgelegd."
        case (.progressRecorded, .english): "The progress has been recorded."
        }
    }
}
