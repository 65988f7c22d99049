import LeerpadCore

/// The words and sentences of the web pages: navigation, headings, forms, tables and notices.
///
/// The Dutch texts are in `PageText+Dutch.swift`, the English ones in `PageText+English.swift`, each an exhaustive
/// switch: a case without its text in either language does not compile.
public enum PageText: TextCatalogue {
    // Charts and level cells
    case radarChartTitle
    case radarUnknown
    case radarLegend
    case trendUp
    case trendDown
    case levels

    // The page shell and the error page
    case home
    case plan
    case catalogue
    case demos
    case coordinator
    case signOut
    case skipToContent
    case mainMenu
    case footer
    case field
    case backToHome

    // The coordinator's dashboard and the catalogue upload
    case maturityOfAllTeams
    case heatMapExplanation
    case subdimensions
    case courseDemand
    case acrossAllTeams
    case people
    case runs
    case cost
    case export
    case uploadCatalogueLink
    case recordProgress
    case what
    case moduleCompleted
    case moduleStarted
    case useCaseTried
    case moduleOrUseCase
    case completionScoreOptional
    case record
    case catalogueNotAccepted
    case catalogueUploadExplanation
    case catalogueFile
    case uploadAndCheck
    case catalogueAccepted(providers: Int, modules: Int, runs: Int)

    // The plan page
    case assessmentNeededFirst
    case fillInQuestionnaire
    case teamBudget
    case studyHours
    case weeks
    case participants
    case startDate
    case onlyTheseFormats
    case makeThePlan
    case when
    case place
    case hoursPerPersonColumn
    case acceptPlan
    case thePlan
    case total
    case hoursPerPerson
    case notInPlan
    case planFor(team: String)
    case moduleTotal(Int)

    // The questionnaire
    case questionnaireIntroduction
    case answerStronglyDisagree
    case answerDisagree
    case answerNeutral
    case answerAgree
    case answerStronglyAgree
    case dontKnow
    case stepHasErrors
    case previous
    case steps
    case reviewAndSubmit
    case nextStep
    case statementsUnanswered
    case ratherNotSay
    case roleOptional
    case submitAnswers
    case priority
    case assessmentSaved
    case scores
    case recommendedModules
    case toTry
    case makeLearningPath
    case toTeamPage
    case statementCount(Int)
    case answeredCount(answered: Int, total: Int)
    case stepHeading(step: Int, count: Int)
    case goToStep(Int)

    // The team page
    case noBadgesYet
    case progressToNextLevel
    case streak
    case activeWeeksInARow
    case longest
    case leaderboardNeighbours
    case maturityPerSubdimension
    case noLeaderboard
    case noAssessmentYet
    case radarCaption
    case subdimension
    case now
    case noLearningPathYet
    case makePlan
    case workingOnThis
    case xpToNextLevel(xp: Int, missing: Int, level: Int, name: String)
    case xpHighestLevel(xp: Int)
    case peopleCount(Int)
    case assessmentCount(Int)

    // Coordinator page titles
    case uploadCatalogueTitle
    case coordinatorDashboard

    // Home, catalogue and sign-in
    case sampleTeamsHeading
    case sampleTeamsExplanation
    case homeIntroduction
    case forTeams
    case teamAccessCode
    case goToTeamPage
    case forCoordinators
    case coordinatorSummary
    case goToDashboard
    case catalogueSummary
    case browseCatalogue
    case welcomeToLeerpad
    case all
    case search
    case format
    case filter
    case modulesInCatalogue
    case costPerPersonColumn
    case raisesToLevel
    case prerequisites
    case name
    case password
    case signIn
    case signInAsCoordinator
    case moduleCount(shown: Int, total: Int)

    // The dashboard's filter and pager
    case municipality
    case allMunicipalities(teams: Int)
    case municipalityOption(name: String, teams: Int)
    case show
    case teamsShown(first: Int, last: Int, total: Int)
    case pageOf(page: Int, pages: Int)
    case previousPage
    case nextPage
    case demandNeedsFilter(teams: Int, limit: Int)

    // Questionnaire page titles
    case newScores

    // The error page's title
    case somethingWentWrong
}
