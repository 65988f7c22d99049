import LeerpadApp
import LeerpadCore

/// Renders a learning path for people: levels, steps with dates and places, totals, and what did not fit.
struct PlanTextRenderer {
    let language: Language

    func render(_ report: PlanView, source: String) -> String {
        var lines = [
            language.text(.learningPathFor(source: source)),
            language.text(.period(start: report.start, end: report.end, people: report.teamSize)),
        ]
        if report.steps.isEmpty { lines.append("\n" + language.text(.noModulesPlanned)) }
        for level in report.levels {
            lines.append("")
            lines.append(language.text(.levelHeading(level.level)))
            for step in level.steps {
                let hours = language.text(
                    .hoursPerPerson(LocalFormat.shortest(step.hoursPerPerson, maximumDecimals: 1, in: language)))
                let tag = step.prerequisiteOnly ? " (\(language.text(.prerequisite)))" : ""
                let format =
                    ModuleFormat(rawValue: step.format).map { LocalFormat.format($0, in: language) } ?? step.format
                lines.append(
                    "  • \(step.title)\(tag) — \(format), \(hours), \(LocalFormat.euros(step.cost, in: language))")
                for run in step.bookings {
                    let when = run.start == run.end ? run.start : "\(run.start) – \(run.end)"
                    let place = run.id == nil ? language.text(.selfPacedOnline) : run.location
                    lines.append("      \(when), \(place), \(language.text(.peopleShort(run.people)))")
                }
            }
        }
        lines.append("")
        let cost = LocalFormat.euros(report.totalCost, in: language)
        let budget = LocalFormat.euros(report.budget, in: language)
        let hours = LocalFormat.number(report.hoursPerPerson, in: language)
        let available = LocalFormat.number(report.hoursAvailable, in: language)
        lines.append(language.text(.planTotals(cost: cost, budget: budget, hours: hours, available: available)))
        if !report.unmet.isEmpty {
            lines.append("")
            lines.append(language.text(.notPlanned))
            for item in report.unmet { lines.append("  • \(item.title) (\(item.module)): \(item.reason)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
