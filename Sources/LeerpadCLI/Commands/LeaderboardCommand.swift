import ArgumentParser
import Foundation
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
    @OptionGroup var store: StoreOptions
    @OptionGroup var contentOptions: ContentOptions
    @OptionGroup var recommendationOptions: RecommendationOptions
    @OptionGroup var output: OutputOptions

    struct Line: Encodable {
        var rank: Int
        var team: String
        var municipality: String
        var xp: Int
        var level: Int
    }

    func run() throws {
        let database = try store.open()
        let content = try recommendationOptions.bundle(contentOptions)
        let ranked = try Self.ranking(store: database, content: content, municipality: municipality, around: around)
        let lines = ranked.map {
            Line(
                rank: $0.rank, team: $0.entry.team, municipality: $0.entry.municipality, xp: $0.entry.xp,
                level: $0.entry.level)
        }
        switch output.format {
        case .json: print(try JSONOutput.encode(lines))
        case .text:
            for line in lines {
                let marker = line.team.caseInsensitiveCompare(around ?? "") == .orderedSame ? "▶" : " "
                print(
                    "\(marker) \(line.rank). \(line.team) — \(line.xp) XP, \(output.language == .dutch ? "niveau" : "level") \(line.level)"
                )
            }
        }
    }

    /// The ranked lines, around a team when asked.
    static func ranking(
        store: some ProgressStore, content: ContentBundle, municipality: String?, around: String?
    ) throws -> [RankedEntry] {
        let (teams, focus) = try StoreAccess.reporting { () throws(StoreError) -> ([Team], Team?) in
            (try store.teams(), try around.map { name throws(StoreError) in try store.team(named: name) })
        }
        let entries = try teams.map { team in
            let state = try StoreAccess.progress(of: team, store: store, content: content).state
            return LeaderboardEntry(
                team: team.name, municipality: team.municipality, xp: state.xp, level: state.level.number,
                lastGainAt: state.lastGainAt, optedOut: team.leaderboardOptOut && team.id != focus?.id)
        }
        let ranked = Leaderboard.rank(entries, municipality: municipality ?? focus?.municipality)
        guard let focus else { return ranked }
        return Leaderboard.around(focus.name, in: ranked)
    }
}
