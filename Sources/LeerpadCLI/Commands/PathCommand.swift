import ArgumentParser
import Foundation
import LeerpadApp
import LeerpadCore

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
        @OptionGroup var app: AppOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let leerpad = try app.leerpad()
            let language = output.language
            let assessment = try answers.map {
                try AnswerInput.assess($0, model: leerpad.content.model, language: language).1
            }
            let path = try UseCase.run(language) { () throws(AppError) in
                try leerpad.advisor.requireModules(planOptions.completed)
                let stored = try leerpad.team(named: team)
                let input = planOptions.input(teamSize: stored.size, today: leerpad.time.today())
                let path = try leerpad.plan(
                    for: stored, input: input, assessment: assessment, alsoCompleted: Set(planOptions.completed))
                try leerpad.accept(path, for: stored)
                return path
            }
            let report = PlanView(path, catalogue: leerpad.content.catalogue, language: language)
            switch output.format {
            case .text: print(PlanTextRenderer(language: language).render(report, source: team), terminator: "")
            case .json: print(try JSONOutput.encode(report))
            }
        }
    }
}
