import ArgumentParser
import Foundation
import LeerpadCore

/// The constraints of a learning path, shared by `leerpad plan` and `leerpad path accept`.
struct PlanOptions: ParsableArguments {
    @Option(help: "The team's training budget in euros.")
    var budget: Double

    @Option(help: "Study hours available per person.")
    var hours: Double

    @Option(help: "How many weeks the path may take.")
    var weeks: Int

    @Option(help: "How many people follow the path.")
    var teamSize: Int?

    @Option(help: "The first day, YYYY-MM-DD (default: today).")
    var start: String?

    @Option(
        parsing: .upToNextOption,
        help: "Preferred formats (e-learning, classroom, workshop, coaching); default: any.")
    var formats: [ModuleFormat] = []

    @Option(parsing: .upToNextOption, help: "Ids of modules the team has completed already.")
    var completed: [String] = []

    func validate() throws {
        guard budget >= 0, budget.isFinite else { throw ValidationError("--budget must be 0 or more euros") }
        guard hours >= 0, hours.isFinite else { throw ValidationError("--hours must be 0 or more") }
        guard (1...520).contains(weeks) else { throw ValidationError("--weeks must be between 1 and 520") }
        if let teamSize, !(1...10_000).contains(teamSize) {
            throw ValidationError("--team-size must be between 1 and 10000")
        }
        if let start, CalendarDate(iso8601: start) == nil {
            throw ValidationError("--start '\(start)' is not a date in the form YYYY-MM-DD")
        }
    }

    /// The constraints, with `teamSize` and `completed` filled in where the options leave them open.
    func constraints(teamSize defaultSize: Int, completed alsoCompleted: Set<String> = []) -> PlanConstraints {
        PlanConstraints(
            budget: Euros(cents: Int((budget * 100).rounded())), hoursPerPerson: hours, weeks: weeks,
            teamSize: teamSize ?? defaultSize, preferredFormats: Set(formats),
            start: start.flatMap { CalendarDate(iso8601: $0) } ?? Clock.today(),
            completedModules: Set(completed).union(alsoCompleted))
    }
}

extension ModuleFormat: ExpressibleByArgument {}

/// The wall clock, read only at the edges of the program.
enum Clock {
    /// Today (UTC).
    static func today() -> CalendarDate {
        CalendarDate(daysSinceEpoch: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    /// Parses `--at`: a date (`2027-02-01`, midnight UTC) or an ISO 8601 date-time with zone.
    static func parse(_ text: String) -> Date? {
        if let day = CalendarDate(iso8601: text) {
            return Date(timeIntervalSince1970: Double(day.daysSinceEpoch) * 86_400)
        }
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}
