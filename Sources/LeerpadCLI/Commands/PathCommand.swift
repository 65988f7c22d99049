import ArgumentParser
import Foundation
import LeerpadCore
import LeerpadStore

/// `leerpad path accept TEAM …`: plan a path for a stored team and keep it as the team's path.
struct PathCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path", abstract: "Accept a learning path for a team.", subcommands: [AcceptCommand.self])

    /// `leerpad path accept TEAM [ANSWERS.csv] --budget … --hours … --weeks …`.
    struct AcceptCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "accept",
            abstract: "Plan from the team's latest stored assessment (or ANSWERS.csv) and store the plan as its path.",
            discussion: "The team size defaults to the team's; modules the team completed are not planned again.")

        @Argument(help: "The team's name.") var team: String
        @Argument(help: "Answers to plan from instead of the latest stored assessment.") var answers: String?
        @OptionGroup var planOptions: PlanOptions
        @OptionGroup var store: StoreOptions
        @OptionGroup var contentOptions: ContentOptions
        @OptionGroup var recommendationOptions: RecommendationOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let database = try store.open()
            let content = try recommendationOptions.bundle(contentOptions)
            let stored = try StoreAccess.reporting { () throws(StoreError) in try database.team(named: team) }
            let assessment: Assessment
            if let answers {
                assessment = try AnswerInput.assess(answers, model: content.model, language: output.language).1
            } else {
                let latest = try StoreAccess.reporting { () throws(StoreError) in
                    try database.assessments(teamID: stored.id).last
                }
                guard let latest else {
                    printError(
                        output.language == .dutch
                            ? "team '\(stored.name)' heeft nog geen opgeslagen scan; gebruik 'leerpad assess … --team \(stored.name) --save' of geef ANSWERS.csv"
                            : "team '\(stored.name)' has no stored assessment; use 'leerpad assess … --team \(stored.name) --save' or give ANSWERS.csv"
                    )
                    throw ExitCode.failure
                }
                assessment = AssessmentScoring.score(latest.responses, model: content.model)
            }
            let progress = try StoreAccess.progress(of: stored, store: database, content: content)
            let constraints = planOptions.constraints(teamSize: stored.size, completed: progress.state.completedModules)
            let path = LearningPathPlanner.plan(
                content.recommend(for: assessment), catalogue: content.catalogue, constraints: constraints)
            try StoreAccess.reporting { () throws(StoreError) in
                try database.acceptPath(teamID: stored.id, acceptedAt: Date(), path: AcceptedPath(path))
            }
            let report = PlanReport(
                source: stored.name, path: path, catalogue: content.catalogue, language: output.language)
            switch output.format {
            case .text: print(PlanTextRenderer(language: output.language).render(report), terminator: "")
            case .json: print(try JSONOutput.encode(report))
            }
        }
    }
}
