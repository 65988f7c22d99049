import ArgumentParser
import Foundation
import LeerpadApp
import LeerpadCore
import LeerpadStore

/// `leerpad bench record`: append many events from one process, in batches (one transaction
/// each) — used to test concurrent writers and crashes, and to measure recording speed.
struct BenchRecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Append generated completions to a team's log in batches (one transaction each).")

    @Option(help: "The team (created when missing).") var team: String
    @Option(help: "How many events.") var events: Int = 1000
    @Option(help: "Events per transaction.") var batch: Int = 1
    @Option(help: "A prefix that makes this writer's module ids unique.") var prefix: String = "m"
    @OptionGroup var app: AppOptions

    func validate() throws {
        guard events > 0, batch > 0 else { throw ValidationError("--events and --batch must be positive") }
    }

    func run() throws {
        let leerpad = try app.leerpad()
        let stored = try UseCase.run(.english) { () throws(AppError) -> Team in
            if let existing = try leerpad.teams().first(where: { $0.name == team }) { return existing }
            do throws(AppError) {
                return try leerpad.addTeam(name: team, municipality: "Bench", size: 5)
            } catch .store(.teamExists) {
                return try leerpad.team(named: team)  // another writer added it first
            }
        }
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        var written = 0
        while written < events {
            let count = min(batch, events - written)
            let activities = (written..<(written + count)).map { index in
                (
                    ProgressActivity.completed(moduleID: "\(prefix)-\(index)", score: nil),
                    start.addingTimeInterval(Double(index) * 60)
                )
            }
            try UseCase.run(.english) { () throws(AppError) in try leerpad.record(activities, for: stored) }
            written += count
        }
        print("\(written) events recorded for \(stored.name)")
    }
}

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
