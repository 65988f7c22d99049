import Foundation
import LeerpadStore
import Testing

/// `leerpad store migrate|status|copy|verify` on real SQLite files, in Dutch and English.
@Suite("leerpad store: migrate, status, copy, verify")
struct StoreMaintenanceCommandTests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("leerpad-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    @discardableResult
    func run(_ arguments: [String], expecting status: Int32 = 0) throws -> CommandRunner.Result {
        let result = try CommandRunner.run(arguments, environment: ["LEERPAD_NOW": "2027-06-01"])
        #expect(result.status == status, "\(arguments): \(result.errors)")
        return result
    }

    @Test("migrate brings a new file to the latest version; status prints it and the rows per table")
    func migrateAndStatus() throws {
        let database = path("a.sqlite")
        let missing = try run(["store", "status", "--db", database], expecting: 1)
        #expect(missing.errors.contains("Er is geen database op"))
        #expect(!FileManager.default.fileExists(atPath: database))
        _ = FileManager.default.createFile(atPath: database, contents: Data())  // an empty file: no schema yet
        let pending = try run(["store", "status", "--db", database]).output
        #expect(pending.contains("Schemaversie 0 van "))
        #expect(pending.contains("leerpad store migrate"))
        let migrated = try run(["store", "migrate", "--db", database]).output
        #expect(migrated.contains("migraties toegepast"))
        #expect(try run(["store", "migrate", "--db", database, "--lang", "en"]).output.contains("nothing to do"))
        try run(["team", "add", "Afval", "--size", "5", "--db", database])
        let status = try run(["store", "status", "--db", database, "--format", "json"]).output
        let document = try #require(try JSONSerialization.jsonObject(with: Data(status.utf8)) as? [String: Any])
        #expect(document["version"] as? Int == document["latest"] as? Int)
        #expect((document["rows"] as? [String: Int])?["team"] == 1)
        #expect(try run(["store", "status", "--db", database]).output.contains("  teams: 1"))
    }

    @Test("copy moves every row into an empty database and compares; a second copy into it is refused")
    func copy() throws {
        let source = path("bron.sqlite")
        let target = path("doel.sqlite")
        try run(["team", "add", "Afval", "--size", "7", "--db", source])
        try run([
            "assess", "Scenarios/teams/afvalbeheer.csv", "--team", "Afval", "--save", "--at", "2027-01-01", "--db",
            source,
        ])
        try run([
            "progress", "record", "Afval", "--completed", "privacy-intro", "--score", "0.9", "--at", "2027-01-08",
            "--db", source,
        ])
        let copied = try run(["store", "copy", "--from", source, "--to", target]).output
        #expect(copied.contains("Vergeleken: 1 team, 2 gebeurtenissen."))
        #expect(copied.contains("De kopie klopt"))
        let original = try run(["progress", "show", "Afval", "--format", "json", "--db", source]).output
        #expect(try run(["progress", "show", "Afval", "--format", "json", "--db", target]).output == original)
        let again = try run(["store", "copy", "--from", source, "--to", target], expecting: 1)
        #expect(again.errors.contains("is niet leeg"))
        #expect(try run(["store", "copy", "--from", source, "--to", source], expecting: 1).errors.contains("dezelfde"))
    }

    @Test("verify recomputes every team from its log and fails on a kept state that differs")
    func verify() throws {
        let database = path("v.sqlite")
        try run(["team", "add", "Afval", "--size", "7", "--db", database])
        try run(["progress", "record", "Afval", "--completed", "privacy-intro", "--at", "2027-01-08", "--db", database])
        try run(["leaderboard", "--db", database])  // keeps the teams' states
        let sound = try run(["store", "verify", "--db", database]).output
        #expect(sound.contains("1 bewaarde stand vergeleken, 0 verouderd"))
        #expect(sound.contains("Alles klopt"))
        let store = try SQLiteProgressStore(path: database)
        try store.keep(
            try store.keptStates().values.map { state in
                var state = state
                state.xp += 5
                return state
            })
        let broken = try run(["store", "verify", "--db", database, "--lang", "en"], expecting: 1)
        #expect(broken.output.contains("Team ‘Afval’, XP: kept"))
        #expect(broken.errors.contains("1 mismatch found"))
    }
}
