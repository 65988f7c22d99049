import ArgumentParser
import Foundation
import LeerpadCore

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

    @Option(help: "The team's training budget in euros.")
    var budget: Double

    @Option(help: "Study hours available per person.")
    var hours: Double

    @Option(help: "How many weeks the path may take.")
    var weeks: Int

    @Option(help: "How many people follow the path.")
    var teamSize: Int

    @Option(help: "The first day, YYYY-MM-DD (default: today).")
    var start: String?

    @Option(
        parsing: .upToNextOption,
        help: "Preferred formats (e-learning, classroom, workshop, coaching); default: any.")
    var formats: [ModuleFormat] = []

    @Option(parsing: .upToNextOption, help: "Ids of modules the team has completed already.")
    var completed: [String] = []

    @Option(help: "Output format: text, json, ics or csv.")
    var format: Format = .text

    @Option(name: .customLong("lang"), help: "Language of the output: nl (default) or en.")
    var language: Language = .default

    @OptionGroup var contentOptions: ContentOptions
    @OptionGroup var recommendationOptions: RecommendationOptions

    func validate() throws {
        guard budget >= 0, budget.isFinite else { throw ValidationError("--budget must be 0 or more euros") }
        guard hours >= 0, hours.isFinite else { throw ValidationError("--hours must be 0 or more") }
        guard (1...520).contains(weeks) else { throw ValidationError("--weeks must be between 1 and 520") }
        guard (1...10_000).contains(teamSize) else { throw ValidationError("--team-size must be between 1 and 10000") }
        if let start, CalendarDate(iso8601: start) == nil {
            throw ValidationError("--start '\(start)' is not a date in the form YYYY-MM-DD")
        }
    }

    func run() throws {
        let content = try recommendationOptions.bundle(contentOptions)
        let (_, assessment) = try AnswerInput.assess(answers, model: content.model, language: language)
        let constraints = PlanConstraints(
            budget: Euros(cents: Int((budget * 100).rounded())), hoursPerPerson: hours, weeks: weeks,
            teamSize: teamSize, preferredFormats: Set(formats), start: start.flatMap { CalendarDate(iso8601: $0) } ?? Self.today(),
            completedModules: Set(completed))
        let path = LearningPathPlanner.plan(
            content.recommend(for: assessment), catalogue: content.catalogue, constraints: constraints)
        let report = PlanReport(source: answers, path: path, catalogue: content.catalogue, language: language)
        switch format {
        case .text: print(PlanTextRenderer(language: language).render(report), terminator: "")
        case .json: print(try JSONOutput.encode(report))
        case .ics: print(PlanCalendarRenderer(language: language, timestamp: Self.timestamp()).render(report), terminator: "")
        case .csv: print(PlanSpreadsheet.render(report, language: language), terminator: "")
        }
    }

    static func today() -> CalendarDate {
        CalendarDate(daysSinceEpoch: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    static func timestamp() -> String {
        let seconds = Int(Date().timeIntervalSince1970)
        let date = CalendarDate(daysSinceEpoch: seconds / 86_400).description.replacingOccurrences(of: "-", with: "")
        let time = seconds % 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(date)T\(two(time / 3600))\(two(time / 60 % 60))\(two(time % 60))Z"
    }
}

extension ModuleFormat: ExpressibleByArgument {}
