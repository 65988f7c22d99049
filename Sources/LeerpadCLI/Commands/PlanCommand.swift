import ArgumentParser
import Foundation
import LeerpadApp
import LeerpadCore
import LeerpadExport

/// `leerpad plan ANSWERS.csv --budget … --hours … --weeks … --team-size …`: a learning path.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan a learning path within budget, hours and weeks, placed on course runs.",
        discussion: """
            Chooses the recommended modules with the most expected gain (priority × gap) that fit, pulls \
            in prerequisites, groups them into levels and books runs with places. Formats: text, json, \
            ics (iCalendar of the booked runs) and csv (for Excel).
            """
    )

    /// Output formats of a plan.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, ics, csv
    }

    @Argument(help: "The team's answers (CSV), as for 'leerpad assess'.")
    var answers: String

    @OptionGroup var planOptions: PlanOptions

    @Option(help: "Output format: text, json, ics or csv.")
    var format: Format = .text

    @Option(name: .customLong("lang"), help: "Language of the output: nl (default) or en.")
    var language: Language = .default

    @OptionGroup var contentOptions: ContentBundleOptions

    func validate() throws {
        guard planOptions.teamSize != nil else {
            throw ValidationError("give --team-size: how many people follow the path")
        }
    }

    func run() throws {
        let content = try contentOptions.bundle()
        let (_, assessment) = try AnswerInput.assess(answers, model: content.model, language: language)
        let input = planOptions.input(teamSize: nil, today: CommandEnvironment.time.today())
        let path = try UseCase.run(language) { () throws(AppError) in
            let advisor = Advisor(content: content)
            try advisor.requireModules(planOptions.completed)
            return try advisor.plan(for: assessment, input: input, completed: Set(planOptions.completed))
        }
        let report = PlanView(path, catalogue: content.catalogue, language: language)
        switch format {
        case .text: print(PlanTextRenderer(language: language).render(report, source: answers), terminator: "")
        case .json: print(try JSONOutput.encode(report))
        case .ics:
            print(
                PlanCalendarRenderer(
                    language: language, now: CommandEnvironment.time.now(),
                    scope: "plan-"
                        + ICalendar.scope(of: (try? String(contentsOfFile: answers, encoding: .utf8)) ?? answers)
                ).render(report),
                terminator: "")
        case .csv: print(PlanSpreadsheet.render(report, language: language), terminator: "")
        }
    }
}
