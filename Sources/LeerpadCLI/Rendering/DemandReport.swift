import LeerpadApp
import LeerpadCore
import LeerpadExport

/// Course demand as JSON-ready values, and as text and spreadsheet for the coordinator.
struct DemandReport: Encodable {
    struct Line: Encodable {
        var module: String
        var title: String
        var format: String
        var teams: [String]
        var teamsForPrerequisite: [String]
        var people: Int
        var runs: Int
        var maxGroupSize: Int
        var cost: Double
        var priority: Int
    }

    var teams: [String]
    var modules: [Line]
    var totalCost: Double

    init(needs: [TeamNeed], demand: [ModuleDemand], catalogue: Catalogue, language: Language) {
        teams = needs.map(\.team)
        modules = demand.map { line in
            let module = catalogue.module(line.moduleID)
            return Line(
                module: line.moduleID, title: module?.title[language] ?? line.moduleID,
                format: module?.format.rawValue ?? "", teams: line.teams,
                teamsForPrerequisite: line.teamsForPrerequisite,
                people: line.people, runs: line.runs, maxGroupSize: module?.maxGroupSize ?? 0, cost: line.cost.amount,
                priority: line.priority)
        }
        totalCost = demand.reduce(Euros.zero) { $0 + $1.cost }.amount
    }

    func text(in language: Language) -> String {
        let nl = language == .dutch
        var lines = [(nl ? "Vraag naar cursussen over " : "Course demand across ") + teams.joined(separator: ", "), ""]
        for line in modules {
            let runs =
                line.runs == 0
                ? (nl ? "zelfstudie" : "self-paced")
                : "\(line.runs) \(nl ? (line.runs == 1 ? "uitvoering" : "uitvoeringen") : (line.runs == 1 ? "run" : "runs")) (max \(line.maxGroupSize))"
            let prerequisite =
                line.teamsForPrerequisite.isEmpty
                ? ""
                : (nl ? "; als voorkennis voor " : "; as a prerequisite for ")
                    + line.teamsForPrerequisite.joined(separator: ", ")
            lines.append(
                "• \(line.title) (\(line.module)): \(line.people) \(nl ? "personen uit" : "people from") \(line.teams.count) team(s), \(runs), \(LocalFormat.euros(line.cost, in: language))"
            )
            lines.append("    \(line.teams.joined(separator: ", "))\(prerequisite)")
        }
        lines.append("")
        lines.append((nl ? "Totaal: " : "Total: ") + LocalFormat.euros(totalCost, in: language))
        return lines.joined(separator: "\n") + "\n"
    }

    func spreadsheet(in language: Language) -> String {
        let nl = language == .dutch
        let header =
            nl
            ? ["module", "titel", "vorm", "teams", "personen", "uitvoeringen", "max groep", "kosten", "prioriteit"]
            : ["module", "title", "format", "teams", "people", "runs", "max group", "cost", "priority"]
        let rows = modules.map {
            [
                $0.module, $0.title, $0.format, $0.teams.joined(separator: ", "), "\($0.people)", "\($0.runs)",
                "\($0.maxGroupSize)", LocalFormat.number($0.cost, decimals: 2, in: language), "\($0.priority)",
            ]
        }
        return SpreadsheetCSV.render(header: header, rows: rows)
    }
}
