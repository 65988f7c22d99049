import LeerpadCore

/// The labels of the assessment report in Dutch and English.
struct AssessmentStrings {
    let title: String
    let team: String
    let respondents: String
    let questionnaire: String
    let subdimension: String
    let score: String
    let level: String
    let dontKnow: String
    let spread: String
    let weakest: String
    let disagreement: String
    let noAnswers: String

    init(language: Language) {
        switch language {
        case .dutch:
            title = "Scan"
            team = "Team"
            respondents = "respondenten"
            questionnaire = "Vragenlijst"
            subdimension = "(Sub)dimensie"
            score = "Score"
            level = "Niveau"
            dontKnow = "Weet niet"
            spread = "Spreiding"
            weakest = "Zwakste subdimensies"
            disagreement = "Onenigheid"
            noAnswers = "geen antwoorden"
        case .english:
            title = "Scan"
            team = "Team"
            respondents = "respondents"
            questionnaire = "Questionnaire"
            subdimension = "(Sub)dimension"
            score = "Score"
            level = "Level"
            dontKnow = "Don't know"
            spread = "Spread"
            weakest = "Weakest subdimensions"
            disagreement = "Disagreement"
            noAnswers = "no answers"
        }
    }
}
