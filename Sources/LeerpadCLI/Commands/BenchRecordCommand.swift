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
        // One event a minute, the last one now: the log takes no events dated in the future.
        let start = leerpad.time.now().addingTimeInterval(-Double(events) * 60)
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
