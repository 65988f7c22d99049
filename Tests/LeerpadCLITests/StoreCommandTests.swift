import Foundation
import Testing

@Suite("Teams, progress, leaderboards and exports through the CLI", .serialized)
struct StoreCommandTests {
    let database: String

    init() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "leerpad-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        database = directory.appendingPathComponent("leerpad.sqlite").path
    }

    @discardableResult
    func run(_ arguments: [String]) throws -> CommandRunner.Result {
        // The story is dated in 2027: the log refuses events dated after "now".
        let result = try CommandRunner.run(arguments + ["--db", database], environment: ["LEERPAD_NOW": "2027-06-01"])
        #expect(result.status == 0, "\(arguments): \(result.errors)")
        return result
    }

    func progress(_ team: String) throws -> [String: Any] {
        let output = try run(["progress", "show", team, "--format", "json"]).output
        return try #require(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    }

    @Test("a team's story: assess, accept a path, record progress, reassess, see XP, badges, path and maturity")
    func teamStory() throws {
        try run(["team", "add", "Afvalbeheer", "--size", "7"])
        try run(["assess", "Scenarios/teams/afvalbeheer.csv", "--team", "Afvalbeheer", "--save", "--at", "2027-01-01"])
        try run([
            "path", "accept", "Afvalbeheer", "--budget", "15000", "--hours", "60", "--weeks", "40", "--start",
            "2027-01-04",
        ])
        try run([
            "progress", "record", "Afvalbeheer", "--completed", "privacy-intro", "--score", "0.9", "--at", "2027-01-08",
        ])
        try run(["progress", "record", "Afvalbeheer", "--completed", "privacy-intro", "--at", "2027-01-09"])
        try run(["progress", "record", "Afvalbeheer", "--started", "ethics-intro", "--at", "2027-01-12"])
        try run([
            "assess", "Scenarios/teams/afvalbeheer-2027.csv", "--team", "Afvalbeheer", "--save", "--at", "2027-02-05",
        ])

        let document = try progress("Afvalbeheer")
        // 50 + 150 + 0 (repeat) + 10 + 50 + 2 levels raised × 250 (privacy and ethics 1 → 2).
        #expect(document["xp"] as? Int == 50 + 145 + 10 + 50 + 500)
        #expect(document["events"] as? Int == 5)
        #expect(document["level"] as? Int == 5)
        let badges = try #require(document["badges"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(badges.contains("eerste-module") && badges.contains("niveau-hoger"))
        #expect(document["streakWeeks"] is Int)
        let path = try #require(document["path"] as? [[String: Any]])
        #expect(path.first { $0["module"] as? String == "privacy-intro" }?["status"] as? String == "done")
        #expect(path.first { $0["module"] as? String == "ethics-intro" }?["status"] as? String == "in-progress")
        #expect(path.filter { $0["status"] as? String == "next" }.count == 1)
        let maturity = try #require(document["scores"] as? [[String: Any]])
        #expect(maturity.count == 17)
        let privacy = try #require(maturity.first { $0["subdimension"] as? String == "privacy" })
        #expect(
            privacy["previousLevel"] as? Int == 1 && privacy["level"] as? Int == 2
                && privacy["levelChange"] as? Int == 1)

        // A correction revokes the first completion: its XP goes, the log keeps everything.
        let events = try run(["export", "csv", "--events", "--team", "Afvalbeheer", "--lang", "en"]).output
        #expect(events.contains(";completed;privacy-intro;"))
        try run(["progress", "record", "Afvalbeheer", "--revoke", "2", "--note", "registered twice"])
        let corrected = try progress("Afvalbeheer")
        #expect(corrected["xp"] as? Int == 50 + 100 + 10 + 50 + 500)  // the repeat (no score) now counts once
        #expect(corrected["events"] as? Int == 6)
    }

    @Test("leaderboards: the relative view shows neighbours only, opted-out teams are hidden")
    func leaderboard() throws {
        for (index, name) in ["A", "B", "C", "D", "E", "F"].enumerated() {
            try run(["team", "add", name])
            for module in 0..<index {
                try run(["bench", "record", "--team", name, "--events", "1", "--prefix", "\(name)\(module)"])
            }
        }
        try run(["team", "leaderboard", "C", "--opt-out"])
        let all = try run(["leaderboard", "--format", "json"]).output
        let lines = try #require(JSONSerialization.jsonObject(with: Data(all.utf8)) as? [[String: Any]])
        #expect(lines.compactMap { $0["team"] as? String } == ["F", "E", "D", "B", "A"])
        let around = try run(["leaderboard", "--around", "A", "--format", "json"]).output
        let neighbours = try #require(JSONSerialization.jsonObject(with: Data(around.utf8)) as? [[String: Any]])
        #expect(neighbours.compactMap { $0["team"] as? String } == ["D", "B", "A"])
    }

    @Test("exports: xAPI statements and signed badge credentials as JSON, CSV for Excel")
    func exports() throws {
        try run(["team", "add", "Sociaal Domein", "--size", "6"])
        try run([
            "progress", "record", "Sociaal Domein", "--completed", "data-literacy-intro", "--at",
            "2027-02-01T10:00:00Z",
        ])
        let xapi = try run(["export", "xapi"]).output
        let statements = try #require(JSONSerialization.jsonObject(with: Data(xapi.utf8)) as? [[String: Any]])
        #expect(statements.count == 2)  // the completion and the badge it earned
        let badges = try run(["export", "badges", "--team", "Sociaal Domein"])
        #expect(badges.errors.contains("1 badges ondertekend door did:web:leerpad.example"))
        let document = try #require(JSONSerialization.jsonObject(with: Data(badges.output.utf8)) as? [[String: Any]])
        #expect(document.first?["signed"] as? Bool == true)
        let csv = try run(["export", "csv"]).output
        #expect(csv.hasPrefix("\u{FEFF}team;gemeente;omvang;xp;"))
        #expect(csv.contains("\r\nSociaal Domein;Gemeente Vlietdam;6;100;1;Verkenner;eerste-module;"))
    }

    @Test("two processes recording 1,000 events each into one database lose nothing and count nothing twice")
    func concurrentWriters() throws {
        try run(["team", "add", "Parallel"])
        let writers = try ["a", "b"].map { prefix in
            let process = Process()
            process.executableURL = CommandRunner.executable
            process.arguments = [
                "bench", "record", "--team", "Parallel", "--events", "1000", "--prefix", prefix, "--db", database,
            ]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            return process
        }
        for writer in writers {
            writer.waitUntilExit()
            #expect(writer.terminationStatus == 0)
        }
        let document = try progress("Parallel")
        #expect(document["events"] as? Int == 2000)
        #expect(document["xp"] as? Int == 2000 * 100)
    }

    @Test("a process killed in the middle of a batch leaves a consistent database that recomputes the same")
    func killedWriter() throws {
        try run(["team", "add", "Crash"])
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = [
            "bench", "record", "--team", "Crash", "--events", "400000", "--batch", "250", "--db", database,
        ]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Wait until some batches have landed, then kill it without warning.
        let deadline = Date().addingTimeInterval(60)
        var events = 0
        while Date() < deadline {
            Thread.sleep(forTimeInterval: 0.3)
            events = try progress("Crash")["events"] as? Int ?? 0
            if events >= 1000 { break }
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        let first = try progress("Crash")
        let count = try #require(first["events"] as? Int)
        #expect(count >= 1000 && count < 400_000)
        #expect(count % 250 == 0, "a batch was half written: \(count) events")
        #expect(first["xp"] as? Int == count * 100)
        let second = try progress("Crash")
        #expect(NSDictionary(dictionary: first).isEqual(to: second))
    }
}
