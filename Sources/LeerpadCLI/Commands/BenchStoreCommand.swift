import ArgumentParser
import Foundation
import LeerpadApp
import LeerpadCore
import LeerpadStore

/// `leerpad bench store`: record many events for many teams, then time the leaderboard.
struct BenchStoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store", abstract: "Record events for many teams, then time the leaderboard over all of them.")

    @Option(help: "How many teams.") var teams: Int = 1000
    @Option(help: "How many events in all.") var events: Int = 100_000
    @OptionGroup var app: AppOptions

    func run() throws {
        let leerpad = try app.leerpad()
        let content = leerpad.content
        let clock = ContinuousClock()
        let modules = content.catalogue.modules.map(\.id)
        let useCases = content.useCases.map(\.id)
        var random = SplitMix64(seed: 42)
        let began = clock.now
        var created: [Team] = []
        for index in 0..<teams {
            created.append(
                try UseCase.run(.english) { () throws(AppError) in
                    try leerpad.addTeam(name: "Team \(index)", municipality: "Gemeente \(index % 20)", size: 8)
                })
        }
        let perTeam = max(1, events / max(1, teams))
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        for team in created {
            let activities = (0..<perTeam).map { index -> (ProgressActivity, Date) in
                let at = start.addingTimeInterval(Double(index) * 86_400 * Double.random(in: 0.5...3, using: &random))
                switch Int.random(in: 0..<10, using: &random) {
                case 0..<4: return (.started(moduleID: modules.randomElement(using: &random)!), at)
                case 4..<8: return (.completed(moduleID: modules.randomElement(using: &random)!, score: 0.8), at)
                default: return (.triedUseCase(useCases.randomElement(using: &random)!), at)
                }
            }
            try UseCase.run(.english) { () throws(AppError) in try leerpad.record(activities, for: team) }
        }
        let recorded = clock.now - began
        let rankingStart = clock.now
        let ranked = try UseCase.run(.english) { () throws(AppError) in try leerpad.leaderboard() }
        let ranking = clock.now - rankingStart
        print(
            "teams \(teams), events \(perTeam * teams): recorded in \(recorded), leaderboard of \(ranked.count) teams in \(ranking)"
        )
    }
}
