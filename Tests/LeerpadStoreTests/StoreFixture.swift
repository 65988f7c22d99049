import Foundation
import GRDB
import LeerpadCore
import Testing

@testable import LeerpadStore

/// The two stores the store tests run against: every test taking a `StoreKind` runs once per kind.
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    var testDescription: String { self == .sqlite ? "SQLite" : "PostgreSQL" }

    /// The server the PostgreSQL cases use, from `LEERPAD_TEST_POSTGRES_URL` (scripts/test.sh sets it).
    static let postgresURL: PostgresURL? = {
        guard let text = ProcessInfo.processInfo.environment["LEERPAD_TEST_POSTGRES_URL"], !text.isEmpty else {
            return nil
        }
        return try? PostgresURL(parsing: text)
    }()

    /// The kinds to test: SQLite always, PostgreSQL when a server is given (else one loud line says so).
    static let available: [StoreKind] = {
        if postgresURL != nil { return [.sqlite, .postgres] }
        print(
            "⚠️  PostgreSQL store tests SKIPPED: LEERPAD_TEST_POSTGRES_URL is not set. Run `bash scripts/test.sh`, "
                + "or `source scripts/services/postgres.sh` and then `swift test`.")
        return [.sqlite]
    }()

    /// Only PostgreSQL (empty without a server: those tests then have no cases).
    static let postgresOnly: [StoreKind] = available.filter { $0 == .postgres }
}

/// A fresh, empty store of one kind for one test: a SQLite file in a new directory, or a new
/// PostgreSQL database on the test server (dropped when the fixture goes). Tests run in parallel;
/// none shares a database with another.
final class StoreFixture: @unchecked Sendable {
    let kind: StoreKind
    /// The SQLite file, or the PostgreSQL database's URL.
    let location: String
    let time: TimeSource
    let random: RandomSource
    private(set) var store: any LeerpadDatabase
    private let postgres: PostgresURL?
    /// The PostgreSQL database's URL (nil for SQLite).
    var postgresURL: PostgresURL? { postgres }
    private var opened: [PostgresProgressStore] = []

    init(
        _ kind: StoreKind, time: TimeSource = .system, random: RandomSource = .system(), migrating: Bool = true
    ) throws {
        self.kind = kind
        self.time = time
        self.random = random
        switch kind {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
                "leerpad-store-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            location = directory.appendingPathComponent("leerpad.sqlite").path
            postgres = nil
            // Unmigrated, SQLite opens only a file that is there (an empty one is a database of no schema).
            if !migrating { FileManager.default.createFile(atPath: location, contents: Data()) }
            store = try SQLiteProgressStore(path: location, time: time, random: random, migrating: migrating)
        case .postgres:
            let server = try #require(StoreKind.postgresURL)
            let name = "leerpad_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            try Self.admin(server) { db in try db.execute("CREATE DATABASE \(name)") }
            let url = server.database(name)
            postgres = url
            location = url.unredacted
            let opened = try PostgresProgressStore(url: url, time: time, random: random, migrating: migrating)
            store = opened
            self.opened = [opened]
        }
    }

    deinit {
        guard let postgres, let server = StoreKind.postgresURL else { return }
        for store in opened { store.close() }
        opened = []
        _ = try? Self.admin(server) { db in
            try db.execute("DROP DATABASE IF EXISTS \(postgres.database) WITH (FORCE)")
        }
    }

    /// Another store on the same database, as a second server process would open it.
    func reopen(time: TimeSource? = nil, migrating: Bool = true) throws -> any LeerpadDatabase {
        switch kind {
        case .sqlite:
            return try SQLiteProgressStore(
                path: location, time: time ?? self.time, random: random, migrating: migrating)
        case .postgres:
            let store = try PostgresProgressStore(
                url: try #require(postgres), time: time ?? self.time, random: random, migrating: migrating)
            opened.append(store)
            return store
        }
    }

    /// Runs raw SQL on the database, past the store (as the application's own database user);
    /// several statements each end with `;` at the end of a line.
    func execute(_ sql: String) throws {
        switch kind {
        case .sqlite:
            try DatabaseQueue(path: location).write { try $0.execute(sql: sql) }
        case .postgres:
            let statements = sql.components(separatedBy: ";\n").map {
                $0.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: ";")))
            }
            _ = try Self.raw(try #require(postgres)) { db in
                for statement in statements where !statement.isEmpty { try db.execute(statement) }
            }
        }
    }

    /// The first column of the first row of a raw query, as text (nil: no row or NULL).
    func text(_ sql: String) throws -> String? {
        switch kind {
        case .sqlite:
            return try DatabaseQueue(path: location).read { db in try String.fetchOne(db, sql: sql) }
        case .postgres:
            return try Self.raw(try #require(postgres)) { db in
                try db.query(sql).rows.first.flatMap { row in
                    row.first.flatMap { $0.bytes == nil ? nil : try? $0.decode(String.self) }
                }
            }
        }
    }

    /// A raw query's single number.
    func integer(_ sql: String) throws -> Int? {
        switch kind {
        case .sqlite:
            return try DatabaseQueue(path: location).read { db in try Int.fetchOne(db, sql: sql) }
        case .postgres:
            return try Self.raw(try #require(postgres)) { db in
                try db.query(sql).rows.first.flatMap { row in try row.first?.decode(Int?.self) }
            }
        }
    }

    /// A connection of its own to `url` for raw SQL.
    static func raw<T>(_ url: PostgresURL, _ body: (PostgresSession) throws -> T) throws -> T {
        let pool = try PostgresConnectionPool(url: url, capacity: 1)
        defer { pool.close() }
        return try pool.withConnection(body)
    }

    /// A connection to the test server's own database (to create and drop test databases).
    static func admin(_ server: PostgresURL, _ body: (PostgresSession) throws -> Void) throws {
        try raw(server, body)
    }
}
