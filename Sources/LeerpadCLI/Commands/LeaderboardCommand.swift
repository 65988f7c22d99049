import ArgumentParser
import Foundation
import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// `leerpad leaderboard [--around TEAM]`.
struct LeaderboardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leaderboard",
        abstract: "Rank the teams of a municipality by XP; --around shows a team only its neighbours.",
        discussion: "Teams that opted out are left out. Ties go to the team that reached its XP first, then by name.")

    @Option(help: "Show only this team and the two teams above and below it.") var around: String?
    @Option(help: "The municipality (default: that of --around, else all).") var municipality: String?
    @OptionGroup var app: AppOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let leerpad = try app.leerpad()
        let ranked = try UseCase.run(output.language) { () throws(AppError) in
            try leerpad.leaderboard(
                around: try around.map { name throws(AppError) in try leerpad.team(named: name) },
                municipality: municipality)
        }
        let lines = ranked.map(LeaderboardLineView.init)
        switch output.format {
        case .json: print(try JSONOutput.encode(lines))
        case .text:
            for line in lines {
                let marker = line.team.caseInsensitiveCompare(around ?? "") == .orderedSame ? "▶" : " "
                print(
                    "\(marker) \(line.rank). \(line.team) — \(line.xp) XP, \(output.language.text(.levelNumber(line.level)))"
                )
            }
        }
    }
}
