import ArgumentParser
import LeerpadApp
import LeerpadCore

/// The constraints of a learning path, shared by `leerpad plan` and `leerpad path accept`.
///
/// The values are read as typed — `--budget 15.000,50`, `--budget=-100` — and checked by the same
/// ``PlanInput`` as the web form, so both accept and refuse the same input with the same message.
struct PlanOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: "The team's training budget in euros (15000, 15000,50).")
    var budget: String

    @Option(parsing: .unconditional, help: "Study hours available per person.")
    var hours: String

    @Option(parsing: .unconditional, help: "How many weeks the path may take.")
    var weeks: String

    @Option(parsing: .unconditional, help: "How many people follow the path.")
    var teamSize: String?

    @Option(help: "The first day, YYYY-MM-DD (default: the next Monday).")
    var start: String?

    @Option(
        parsing: .upToNextOption,
        help: "Preferred formats (e-learning, classroom, workshop, coaching); default: any.")
    var formats: [String] = []

    @Option(parsing: .upToNextOption, help: "Ids of modules the team has completed already.")
    var completed: [String] = []

    /// The typed constraints, with the team size and first day filled in where the options leave them open.
    func input(teamSize defaultSize: Int?, today: CalendarDate) -> PlanInput {
        PlanInput(
            budget: budget, hours: hours, weeks: weeks, teamSize: teamSize ?? defaultSize.map(String.init) ?? "",
            start: start ?? today.nextMonday.description, formats: formats)
    }
}
