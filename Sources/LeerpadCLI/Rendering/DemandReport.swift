import LeerpadApp
import LeerpadCore
import LeerpadExport

/// Course demand as JSON-ready values, and as text and spreadsheet for the coordinator.
struct DemandReport: Encodable {
    var teams: [String]
    var modules: [DemandLineView]
    var totalCost: Double

    init(needs: [TeamNeed], demand: [ModuleDemand], catalogue: Catalogue, language: Language) {
        teams = needs.map(\.team)
        modules = demand.map { DemandLineView($0, catalogue: catalogue, language: language) }
        totalCost = demand.reduce(Euros.zero) { $0 + $1.cost }.amount
    }

    func text(in language: Language) -> String {
        var lines = [language.text(.demandAcross(teams: teams.joined(separator: ", "))), ""]
        for line in modules {
            let runs =
                line.runs == 0
                ? language.text(.selfPaced) : language.text(.runs(line.runs, maxGroupSize: line.maxGroupSize))
            let prerequisite =
                line.teamsForPrerequisite.isEmpty
                ? ""
                : "; " + language.text(.asPrerequisiteFor(teams: line.teamsForPrerequisite.joined(separator: ", ")))
            let people = language.text(.peopleFromTeams(people: line.people, teams: line.teams.count))
            lines.append(
                "• \(line.title) (\(line.module)): \(people), \(runs), \(LocalFormat.euros(line.cost, in: language))")
            lines.append("    \(line.teams.joined(separator: ", "))\(prerequisite)")
        }
        lines.append("")
        lines.append(language.text(.total(LocalFormat.euros(totalCost, in: language))))
        return lines.joined(separator: "\n") + "\n"
    }

    func spreadsheet(in language: Language) -> String {
        let columns: [ExportText] = [
            .columnModule, .columnTitle, .columnFormat, .columnTeams, .columnPeople, .columnRuns, .columnMaxGroup,
            .columnCost, .columnPriority,
        ]
        let header = columns.map(language.text)
        let rows = modules.map {
            [
                $0.module, $0.title, $0.format, $0.teams.joined(separator: ", "), "\($0.people)", "\($0.runs)",
                "\($0.maxGroupSize)", LocalFormat.number($0.cost, decimals: 2, in: language), "\($0.priority)",
            ]
        }
        return SpreadsheetCSV.render(header: header, rows: rows)
    }
}
