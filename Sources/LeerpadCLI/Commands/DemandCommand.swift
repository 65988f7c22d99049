import ArgumentParser
import Foundation
import LeerpadApp
import LeerpadCore

/// `leerpad demand ANSWERS.csv…`: the coordinator's view of course demand across teams.
struct DemandCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demand",
        abstract: "Course demand across teams: per module the teams and people, runs to organise, and cost.",
        discussion: """
            Each file is one team's answers; the team's name is its 'team' column (else the file name) and its \
            head count the number of respondents, unless --team-size is given. Prerequisites of recommended \
            modules count as demand too.
            """
    )

    @Argument(help: "The answers of each team (CSV), one file per team.")
    var answers: [String]

    @Option(help: "Use this head count for every team instead of its number of respondents.")
    var teamSize: Int?

    /// Output formats of the demand.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv
    }

    @Option(help: "Output format: text, json or csv.")
    var format: Format = .text

    @Option(name: .customLong("lang"), help: "Language of the output: nl (default) or en.")
    var language: Language = .default

    @OptionGroup var contentOptions: ContentBundleOptions

    func validate() throws {
        guard !answers.isEmpty else { throw ValidationError("give at least one answers file") }
        if let teamSize, !PlanLimits.teamSize.contains(teamSize) {
            throw ValidationError(PlanInputProblem.outOfRange(field: .teamSize).message(in: language))
        }
    }

    func run() throws {
        let content = try contentOptions.bundle()
        let advisor = Advisor(content: content)
        var needs: [TeamNeed] = []
        var sources: [String: String] = [:]
        for path in answers {
            let (sheet, assessment) = try AnswerInput.assess(path, model: content.model, language: language)
            let name = assessment.teams.first ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            let need = advisor.need(of: name, people: teamSize ?? sheet.responses.count, assessment: assessment)
            // Two sheets of one team are two measurements, not two teams: the later file counts.
            if let earlier = needs.firstIndex(where: { $0.team.lowercased() == name.lowercased() }) {
                printError(
                    Phrase.duplicateTeam(team: name, earlier: sources[name.lowercased()] ?? "", later: path).text(
                        language))
                needs[earlier] = need
            } else {
                needs.append(need)
            }
            sources[name.lowercased()] = path
        }
        let report = DemandReport(
            needs: needs, demand: advisor.demand(needs), catalogue: content.catalogue, language: language)
        switch format {
        case .json: print(try JSONOutput.encode(report))
        case .csv: print(report.spreadsheet(in: language), terminator: "")
        case .text: print(report.text(in: language), terminator: "")
        }
    }
}
