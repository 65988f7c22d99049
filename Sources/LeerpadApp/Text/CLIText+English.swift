import LeerpadCore

extension CLIText {
    /// The text in English.
    public var english: String {
        switch self {
        // Assessment
        case .scan: "Scan"
        case .respondents: "respondents"
        case .subdimensionColumn: "(Sub)dimension"
        case .scoreColumn: "Score"
        case .dontKnowColumn: "Don't know"
        case .spread: "Spread"
        case .weakestSubdimensions: "Weakest subdimensions"
        case .disagreement: "Disagreement"

        // Recommendations
        case .recommendationsFor(let source): "Recommendations for \(source)"
        case .modulesMostImportantFirst: "Modules (most important first):"
        case .noModulesNeeded: "none — the team scores well enough everywhere"
        case .hours(let hours): "\(hours) hours"
        case .useCasesToTry: "Use cases to try:"
        case .noUseCasesYet: "none yet"

        // Learning path
        case .learningPathFor(let source): "Learning path for \(source)"
        case .period(let start, let end, let people): "Period \(start) to \(end), \(people) people"
        case .noModulesPlanned: "No modules planned."
        case .levelHeading(let level): level == 1 ? "Stage 1 — foundations" : "Stage \(level)"
        case .hoursPerPerson(let hours): "\(hours) hours pp"
        case .selfPacedOnline: "self-paced online"
        case .peopleShort(let people): "\(people) people"
        case .planTotals(let cost, let budget, let hours, let available):
            "Total: \(cost) of \(budget); \(hours) of \(available) hours per person"
        case .notPlanned: "Not planned:"

        // Course demand
        case .demandAcross(let teams): "Course demand across \(teams)"
        case .runs(let runs, let maxGroupSize):
            "\(LocalFormat.count(runs, "run", "runs", in: .english)) (max \(maxGroupSize))"
        case .asPrerequisiteFor(let teams): "as a prerequisite for \(teams)"
        case .rulesClean(let file, let rules): "\(file): \(rules) rules, no warnings"
        case .lintWarning(let file, let rule, let problem):
            "\(file): warning: " + (rule.map { "rule \($0): " } ?? "") + problem
        case .lintUnknownTarget(let reference): "\(reference) names no subdimension or dimension of the model"
        case .lintUnknownModule(let id): "recommends module ‘\(id)’, which the catalogue lacks"
        case .lintUnknownUseCase(let id): "recommends use case ‘\(id)’, which is not defined"
        case .lintNeverFires(let condition): "can never fire: ‘\(condition)’ is never true"
        case .lintUncovered(let id):
            "no rule covers subdimension ‘\(id)’ (a rule that reads it and recommends a module raising it)"
        case .teamAdded(let name, let municipality, let size):
            "Team ‘\(name)’ added (\(municipality), \(size) \(size == 1 ? "person" : "people"))."
        case .peopleFromTeams(let people, let teams):
            "\(people) \(people == 1 ? "person" : "people") from \(teams) \(teams == 1 ? "team" : "teams")"
        case .total(let amount): "Total: \(amount)"

        // Progress
        case .accessCode(let code): "Access code: \(code)"
        case .levelNumber(let level): "rank \(level)"
        case .nextLevelAt(let xp): "next rank at \(xp) XP"
        case .streak(let weeks, let longest, let events):
            "Streak: \(weeks) weeks (longest \(longest)) · \(events) events"
        case .workingToward(let level): "working on stage \(level)"
        case .maturitySincePreviousScan: "Maturity since the previous scan:"
        case .levelChange(let from, let to): "level \(from) → \(to)"
        }
    }
}
