import Foundation
import LeerpadTestSupport
import Testing

/// The commands on a real PostgreSQL server (`LEERPAD_TEST_POSTGRES_URL`, which `scripts/test.sh`
/// sets after starting a throwaway cluster): concurrent processes, and copies both ways.
@Suite("Commands on PostgreSQL", .enabled(if: TestDatabaseKind.serverURL != nil, "set LEERPAD_TEST_POSTGRES_URL"))
struct PostgresCommandTests {
    static let environment = ["LEERPAD_NOW": "2027-06-01", "LEERPAD_SEED": "11"]

    @discardableResult
    static func run(_ arguments: [String], db: String) throws -> CommandRunner.Result {
        let result = try CommandRunner.run(arguments + ["--db", db], environment: environment)
        #expect(result.status == 0, "\(arguments): \(result.errors)")
        return result
    }

    /// The progress document without what legitimately depends on the order the log received events in.
    static func progress(_ team: String, db: String) throws -> [String: String] {
        let output = try run(["progress", "show", team, "--format", "json"], db: db).output
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        return document.compactMapValues { value in
            guard let data = try? JSONSerialization.data(withJSONObject: ["v": value], options: [.sortedKeys]) else {
                return nil
            }
            return String(decoding: data, as: UTF8.self)
        }
    }

    static let modules = [
        "privacy-intro", "ethics-intro", "data-awareness-dag", "radio-data-basics", "data-quality-intro",
        "data-literacy-intro", "infosec-data-projects", "data-viz-dashboards",
    ]

    static func record(_ index: Int, db: String) throws {
        try run(
            [
                "progress", "record", "Afval", "--completed", modules[index], "--score", "0.8", "--at",
                "2027-01-\(String(format: "%02d", index + 4))",
            ], db: db)
    }

    @Test("concurrent progress record processes on one PostgreSQL database give what a sequential SQLite run gives")
    func concurrentRecords() throws {
        let sqlite = FileManager.default.temporaryDirectory.appendingPathComponent("leerpad-seq-\(UUID()).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: sqlite) }
        let database = try TestDatabase(.postgres)
        defer { database.drop() }
        let postgres = database.location
        for db in [sqlite, postgres] { try Self.run(["team", "add", "Afval", "--size", "7"], db: db) }
        for index in Self.modules.indices { try Self.record(index, db: sqlite) }
        let failures = LockedCounter()
        DispatchQueue.concurrentPerform(iterations: Self.modules.count) { index in
            do { try Self.record(index, db: postgres) } catch { failures.increment() }
        }
        #expect(failures.value == 0)
        let sequential = try Self.progress("Afval", db: sqlite)
        let concurrent = try Self.progress("Afval", db: postgres)
        #expect(concurrent["xp"] != nil)
        for key in sequential.keys.sorted() where key != "accessCode" {
            #expect(concurrent[key] == sequential[key], "\(key)")
        }
    }

    @Test("store copy SQLite → PostgreSQL → SQLite keeps every team's events and XP")
    func copyBothWays() throws {
        let first = FileManager.default.temporaryDirectory.appendingPathComponent("leerpad-c1-\(UUID()).sqlite").path
        let last = FileManager.default.temporaryDirectory.appendingPathComponent("leerpad-c2-\(UUID()).sqlite").path
        defer { for path in [first, last] { try? FileManager.default.removeItem(atPath: path) } }
        let database = try TestDatabase(.postgres)
        defer { database.drop() }
        let postgres = database.location
        try Self.run(["team", "add", "Afval", "--size", "7"], db: first)
        try Self.run(
            ["assess", "Scenarios/teams/afvalbeheer.csv", "--team", "Afval", "--save", "--at", "2027-01-01"], db: first)
        for index in 0..<3 { try Self.record(index, db: first) }
        try Self.run(["progress", "record", "Afval", "--revoke", "3", "--note", "dubbel"], db: first)
        for (from, to) in [(first, postgres), (postgres, last)] {
            let copy = try CommandRunner.run(
                ["store", "copy", "--from", from, "--to", to], environment: Self.environment)
            #expect(copy.status == 0, "\(copy.errors)")
            #expect(copy.output.contains("De kopie klopt"))
        }
        let original = try Self.progress("Afval", db: first)
        #expect(try Self.progress("Afval", db: last) == original)
        #expect(try Self.progress("Afval", db: postgres) == original)
    }
}

/// Thread-safe counting for `concurrentPerform`.
final class LockedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}
