import LeerpadApp
import LeerpadCore
import LeerpadExport

/// A learning path as a spreadsheet: one row per booked run.
enum PlanSpreadsheet {
    static func render(_ report: PlanView, language: Language) -> String {
        let columns: [ExportText] = [
            .columnStage, .columnModule, .columnTitle, .columnFormat, .columnStart, .columnEnd, .columnLocation,
            .columnPeople, .columnHoursPerPerson, .columnCost,
        ]
        let header = columns.map(language.text)
        let rows = report.steps.flatMap { step in
            step.bookings.enumerated().map { index, run in
                [
                    "\(step.level)", step.module, step.title, step.format, run.start, run.end,
                    run.id == nil ? "online" : run.location, "\(run.people)",
                    LocalFormat.number(step.hoursPerPerson, in: language),
                    index == 0 ? LocalFormat.number(step.cost, decimals: 2, in: language) : "",
                ]
            }
        }
        return SpreadsheetCSV.render(header: header, rows: rows)
    }
}
