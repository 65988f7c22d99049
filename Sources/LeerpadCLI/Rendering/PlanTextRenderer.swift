import LeerpadApp
import LeerpadCore

/// Renders a learning path for people: levels, steps with dates and places, totals, and what did not fit.
struct PlanTextRenderer {
    let language: Language

    func render(_ report: PlanReport) -> String {
        let nl = language == .dutch
        var lines = [
            (nl ? "Leerpad voor " : "Learning path for ") + report.source,
            (nl
                ? "Periode \(report.start) t/m \(report.end), \(report.teamSize) personen"
                : "Period \(report.start) to \(report.end), \(report.teamSize) people"),
        ]
        if report.levels.isEmpty { lines.append(nl ? "\nGeen modules ingepland." : "\nNo modules planned.") }
        for level in report.levels {
            lines.append("")
            lines.append(
                (nl ? "Niveau " : "Level ") + "\(level.level)"
                    + (level.level == 1 ? (nl ? " — de basis" : " — foundations") : ""))
            for step in level.steps {
                let hours = LocalFormat.shortest(step.hours, maximumDecimals: 1, in: language)
                let tag = step.prerequisiteOnly ? (nl ? " (voorkennis)" : " (prerequisite)") : ""
                let format = ModuleFormat(rawValue: step.format).map { LocalFormat.format($0, in: language) } ?? step.format
                lines.append(
                    "  • \(step.title)\(tag) — \(format), \(hours) \(nl ? "uur p.p." : "hours pp"), \(LocalFormat.euros(step.cost, in: language))"
                )
                for run in step.bookings {
                    let when = run.start == run.end ? run.start : "\(run.start) – \(run.end)"
                    let place = run.id == nil ? (nl ? "zelfstudie online" : "self-paced online") : run.location
                    lines.append("      \(when), \(place), \(run.people) \(nl ? "pers." : "people")")
                }
            }
        }
        lines.append("")
        let cost = LocalFormat.euros(report.totals.cost, in: language)
        let budget = LocalFormat.euros(report.totals.budget, in: language)
        let hours = LocalFormat.number(report.totals.hoursPerPerson, in: language)
        let available = LocalFormat.number(report.totals.hoursAvailable, in: language)
        lines.append(
            nl
                ? "Totaal: \(cost) van \(budget); \(hours) van \(available) uur per persoon"
                : "Total: \(cost) of \(budget); \(hours) of \(available) hours per person")
        if !report.unmet.isEmpty {
            lines.append("")
            lines.append(nl ? "Niet ingepland:" : "Not planned:")
            for item in report.unmet { lines.append("  • \(item.title) (\(item.module)): \(item.message)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
