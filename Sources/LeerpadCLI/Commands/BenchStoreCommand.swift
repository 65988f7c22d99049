import ArgumentParser
import Foundation
import LeerpadApp
import LeerpadCore
import LeerpadStore

/// `leerpad bench store`: fill a database with teams across municipalities and their events, then
/// time what a national installation does most: the leaderboard, a team's report, a dashboard page.
struct BenchStoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Record events for many teams across municipalities, then time leaderboards, reports and dashboards.",
        discussion: """
            National scale: leerpad bench store --municipalities 340 --teams 10200 --events 1000000 --db FILE-OR-URL. \
            Use an empty database; the timings are printed as medians and 99th percentiles.
            """)

    @Option(help: "How many municipalities the teams belong to.") var municipalities: Int = 20
    @Option(help: "How many teams in all.") var teams: Int = 1000
    @Option(help: "How many events in all.") var events: Int = 100_000
    @Option(help: "How many teams' reports and dashboard pages to time.") var samples: Int = 200
    @OptionGroup var app: AppOptions

    func validate() throws {
        guard (1...100_000).contains(teams), (1...teams).contains(municipalities) else {
            throw ValidationError("give 1–100000 teams and 1–teams municipalities")
        }
        guard (0...50_000_000).contains(events), (1...100_000).contains(samples) else {
            throw ValidationError("give 0–50000000 events and 1–100000 samples")
        }
    }

    func run() throws {
        let content = try app.bundle()
        let store = try app.store.open()
        let leerpad = Leerpad(store: store, content: content)
        let clock = ContinuousClock()
        let modules = content.catalogue.modules.map(\.id)
        let useCases = content.useCases.map(\.id)
        var random = SplitMix64(seed: 42)
        let began = clock.now
        var created: [Team] = []
        for index in 0..<teams {
            created.append(
                try UseCase.run(.english) { () throws(AppError) in
                    try leerpad.addTeam(
                        name: "Team \(index)", municipality: "Gemeente \(index % municipalities)", size: 8)
                })
        }
        let added = clock.now - began
        let perTeam = events / teams
        let now = Date()
        let start = now.addingTimeInterval(-400 * 86_400)
        let recordingStart = clock.now
        for team in created where perTeam > 0 {
            var at = start
            let activities = (0..<perTeam).map { _ -> (ProgressActivity, Date) in
                at = min(at.addingTimeInterval(86_400 * Double.random(in: 0.5...3, using: &random)), now - 60)
                switch Int.random(in: 0..<10, using: &random) {
                case 0..<4: return (.started(moduleID: modules.randomElement(using: &random)!), at)
                case 4..<8: return (.completed(moduleID: modules.randomElement(using: &random)!, score: 0.8), at)
                default: return (.triedUseCase(useCases.randomElement(using: &random)!), at)
                }
            }
            try UseCase.run(.english) { () throws(AppError) in try leerpad.record(activities, for: team) }
        }
        let recorded = clock.now - recordingStart
        let recordedEvents = perTeam * teams
        print("store \(store.location): \(teams) teams in \(municipalities) municipalities, \(recordedEvents) events")
        print("  sample team: /t/\(created[0].accessCode)")
        print("  teams added in \(String(format: "%.2f", Self.seconds(added))) s")
        print(
            "  events recorded in \(String(format: "%.2f", Self.seconds(recorded))) s: \(Int(Double(recordedEvents) / max(Self.seconds(recorded), 1e-9))) events/s (one transaction per team)"
        )
        // The first leaderboard derives every team's state from its log and keeps it; a second
        // process (no cache of its own) then reads the kept states only.
        let cold = try Self.time { _ = try UseCase.run(.english) { () throws(AppError) in try leerpad.leaderboard() } }
        let other = Leerpad(store: try app.store.open(), content: content)
        let warm = try (0..<5).map { _ in
            try Self.time { _ = try UseCase.run(.english) { () throws(AppError) in try other.leaderboard() } }
        }
        print(
            "  leaderboard over all teams: first \(Self.milliseconds(cold)) ms (derives and keeps every state), then \(Self.milliseconds(Self.percentile(warm, 0.5))) ms (median of 5, kept states, another process)"
        )
        let picked = (0..<samples).map { _ in created.randomElement(using: &random)! }
        let reports = try picked.map { team in
            try Self.time { _ = try UseCase.run(.english) { () throws(AppError) in try other.report(for: team) } }
        }
        print(
            "  team report (reads the team's log and scores; no cache): p50 \(Self.milliseconds(Self.percentile(reports, 0.5))) ms, p99 \(Self.milliseconds(Self.percentile(reports, 0.99))) ms"
        )
        let pages = max(1, teams / TeamSelection.pageSize)
        let dashboards = try (0..<min(samples, 50)).map { _ in
            let page = Int.random(in: 1...pages, using: &random)
            return try Self.time {
                _ = try UseCase.run(.english) { () throws(AppError) in
                    try other.select(TeamSelection(page: page), in: .everything)
                }
            }
        }
        print(
            "  admin dashboard page of \(TeamSelection.pageSize) teams (no cache): p50 \(Self.milliseconds(Self.percentile(dashboards, 0.5))) ms, p99 \(Self.milliseconds(Self.percentile(dashboards, 0.99))) ms"
        )
    }

    private static func time(_ body: () throws -> Void) rethrows -> Duration {
        let clock = ContinuousClock()
        let start = clock.now
        try body()
        return clock.now - start
    }

    private static func percentile(_ values: [Duration], _ fraction: Double) -> Duration {
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * fraction).rounded()))]
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    private static func milliseconds(_ duration: Duration) -> String {
        String(format: "%.1f", seconds(duration) * 1000)
    }
}
