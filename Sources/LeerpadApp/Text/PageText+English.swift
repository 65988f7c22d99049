import LeerpadCore

extension PageText {
    /// The text in English.
    public var english: String {
        switch self {
        // Charts and level cells
        case .radarChartTitle:
            "Radar chart of the 17 subdimensions (scale 1–5, rings 1 to 5): current assessment solid, previous dashed; a break marks an unknown subdimension"
        case .radarUnknown: "unknown"
        case .radarLegend: "Subdimensions by the numbers of the radar chart"
        case .trendUp: "up"
        case .trendDown: "down"
        case .levels: "Levels"

        // The page shell and the error page
        case .home: "Home"
        case .plan: "Plan"
        case .catalogue: "Catalogue"
        case .demos: "Demos"
        case .coordinator: "Coordinator"
        case .signOut: "Sign out"
        case .skipToContent: "Skip to content"
        case .mainMenu: "Main menu"
        case .footer:
            "Leerpad — maturity scans and learning paths for data-driven municipalities. The municipality of Vlietdam and its teams are fictional."
        case .field: "Field"
        case .backToHome: "Back to the home page"

        // The coordinator's dashboard and the catalogue upload
        case .maturityOfAllTeams: "Maturity of all teams"
        case .heatMapExplanation:
            "Score per subdimension in the latest assessment; the colour is the level, ▲/▼ the change since the one before."
        case .subdimensions: "Subdimensions"
        case .courseDemand: "Course demand"
        case .acrossAllTeams: "Across all teams"
        case .people: "People"
        case .runs: "Runs"
        case .cost: "Cost"
        case .export: "Export"
        case .uploadCatalogueLink: "Upload a catalogue"
        case .recordProgress: "Record progress"
        case .what: "What"
        case .moduleCompleted: "module completed"
        case .moduleStarted: "module started"
        case .useCaseTried: "use case tried"
        case .moduleOrUseCase: "Module or use case"
        case .completionScoreOptional: "Score on completion (0–1, optional)"
        case .record: "Record"
        case .catalogueNotAccepted: "The catalogue was not accepted:"
        case .catalogueUploadExplanation:
            "A catalogue in Leerpad's format (catalogue.xml, at most 2 MiB). It is checked against the schema and the model and, when valid, replaces the catalogue until the server restarts."
        case .catalogueFile: "Catalogue file (XML)"
        case .uploadAndCheck: "Upload and check"
        case .catalogueAccepted(let providers, let modules, let runs):
            "Accepted: \(LocalFormat.integer(providers, in: .english)) providers, \(LocalFormat.integer(modules, in: .english)) modules, \(LocalFormat.integer(runs, in: .english)) runs."

        // The plan page
        case .assessmentNeededFirst: "An assessment is needed first:"
        case .fillInQuestionnaire: "fill in the questionnaire"
        case .teamBudget: "Budget for the whole team (€)"
        case .studyHours: "Study hours per person"
        case .weeks: "Number of weeks"
        case .participants: "Participants"
        case .startDate: "Start date (YYYY-MM-DD)"
        case .onlyTheseFormats: "Only these formats (none: all)"
        case .makeThePlan: "Make the plan"
        case .when: "When"
        case .place: "Where"
        case .hoursPerPersonColumn: "Hours pp"
        case .acceptPlan: "Accept this plan as the learning path"
        case .thePlan: "The plan"
        case .total: "Total"
        case .hoursPerPerson: "hours per person"
        case .notInPlan: "Not in the plan"
        case .planFor(let team): "Plan for \(team)"
        case .moduleTotal(let count): "\(LocalFormat.integer(count, in: .english)) modules"

        // The questionnaire
        case .questionnaireIntroduction:
            "Answer every statement for your own team, from 1 (strongly disagree) to 5 (strongly agree), or choose ‘don't know’. Your answers are kept in this browser step by step until you submit them."
        case .answerStronglyDisagree: "1 strongly disagree"
        case .answerDisagree: "2 disagree"
        case .answerNeutral: "3 neutral"
        case .answerAgree: "4 agree"
        case .answerStronglyAgree: "5 strongly agree"
        case .dontKnow: "don't know"
        case .stepHasErrors: "Not everything is filled in correctly; see the notes at the questions."
        case .previous: "Previous"
        case .steps: "Steps"
        case .reviewAndSubmit: "Review and submit"
        case .nextStep: "Next"
        case .statementsUnanswered: "Not every statement has been answered."
        case .ratherNotSay: "(rather not say)"
        case .roleOptional: "Your role (optional)"
        case .submitAnswers: "Submit the answers"
        case .priority: "priority"
        case .assessmentSaved: "Thank you! The assessment has been saved."
        case .scores: "Scores"
        case .recommendedModules: "Recommended modules"
        case .toTry: "To try"
        case .makeLearningPath: "Make a learning path"
        case .toTeamPage: "To the team page"
        case .statementCount(let count): "\(LocalFormat.integer(count, in: .english)) statements"
        case .answeredCount(let answered, let total):
            "\(LocalFormat.integer(answered, in: .english)) of \(LocalFormat.integer(total, in: .english)) statements answered."
        case .stepHeading(let step, let count): "Step \(step) of \(count)"
        case .goToStep(let step): "Go to step \(step)"

        // The team page
        case .noBadgesYet: "No badges yet."
        case .progressToNextLevel: "Progress to the next rank"
        case .streak: "Streak"
        case .activeWeeksInARow: "active weeks in a row"
        case .longest: "longest"
        case .leaderboardNeighbours: "Your neighbours on the leaderboard"
        case .maturityPerSubdimension: "Maturity per subdimension"
        case .noLeaderboard: "No leaderboard."
        case .noAssessmentYet: "No assessment yet. Fill in the questionnaire."
        case .radarCaption:
            "Scale 1–5 from the centre outwards. Solid: latest assessment; dashed: the one before. A break: unknown (only ‘don’t know’)."
        case .subdimension: "Subdimension"
        case .now: "Now"
        case .noLearningPathYet: "No learning path yet."
        case .makePlan: "Make a plan"
        case .workingOnThis: "you are working on this"
        case .xpToNextLevel(let xp, let missing, let level, let name):
            "\(xp) XP — \(missing) XP to rank \(level) (\(name))"
        case .xpHighestLevel(let xp): "\(xp) XP — highest rank reached"
        case .peopleCount(let count): "\(LocalFormat.integer(count, in: .english)) people"
        case .assessmentCount(let count): "\(LocalFormat.integer(count, in: .english)) assessments"

        // Coordinator page titles
        case .uploadCatalogueTitle: "Upload a catalogue"
        case .coordinatorDashboard: "Coordinator dashboard"

        // Home, catalogue and sign-in
        case .sampleTeamsHeading: "Demo: the teams of Vlietdam"
        case .sampleTeamsExplanation: "Fictional sample teams; their access codes show here because this is a demo."
        case .homeIntroduction:
            "Leerpad helps municipal teams work data-driven: fill in the maturity scan, see where the team stands, follow a learning path and earn points for real results."
        case .forTeams: "For teams"
        case .teamAccessCode: "Your team's access code"
        case .goToTeamPage: "Go to the team page"
        case .forCoordinators: "For coordinators"
        case .coordinatorSummary: "All teams at a glance, course demand and exports."
        case .goToDashboard: "Go to the dashboard"
        case .catalogueSummary: "Every module with its format, cost and the subdimensions it raises."
        case .browseCatalogue: "Browse the catalogue"
        case .welcomeToLeerpad: "Welcome to Leerpad"
        case .all: "all"
        case .search: "Search"
        case .format: "Format"
        case .filter: "Filter"
        case .modulesInCatalogue: "Modules in the catalogue"
        case .costPerPersonColumn: "Cost pp"
        case .raisesToLevel: "Raises (→ level)"
        case .prerequisites: "Prerequisites"
        case .name: "Name"
        case .password: "Password"
        case .signIn: "Sign in"
        case .signInAsCoordinator: "Sign in as coordinator"
        case .municipality: "Municipality"
        case .allMunicipalities(let teams): "All municipalities (\(teams) \(teams == 1 ? "team" : "teams"))"
        case .municipalityOption(let name, let teams): "\(name) (\(teams) \(teams == 1 ? "team" : "teams"))"
        case .show: "Show"
        case .teamsShown(let first, let last, let total): "Teams \(first)–\(last) of \(total)"
        case .pageOf(let page, let pages): "page \(page) of \(pages)"
        case .previousPage: "Previous page"
        case .nextPage: "Next page"
        case .demandNeedsFilter(let teams, let limit):
            "The course demand across \(teams) teams is in the CSV export and the API (/api/demand); choose a municipality to see it here (up to \(limit) teams)."
        case .moduleCount(let shown, let total):
            "\(LocalFormat.integer(shown, in: .english)) of \(LocalFormat.integer(total, in: .english)) modules"

        // Questionnaire page titles
        case .newScores: "Your new scores"

        // The error page's title
        case .somethingWentWrong: "Something went wrong"
        }
    }
}
