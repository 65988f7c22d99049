import Foundation
import Testing

/// The databases tests of the web app and the commands run against: a SQLite file always, and a
/// PostgreSQL database when `LEERPAD_TEST_POSTGRES_URL` names a server (`scripts/test.sh` starts
/// one). The store's own tests have their own fixture; these make databases with `psql`.
public enum TestDatabaseKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite, postgres

    public var testDescription: String { self == .sqlite ? "SQLite" : "PostgreSQL" }

    /// The test server's URL, if any.
    public static let serverURL: String? = ProcessInfo.processInfo.environment["LEERPAD_TEST_POSTGRES_URL"].flatMap {
        $0.isEmpty ? nil : $0
    }

    /// SQLite, and PostgreSQL when a server is given.
    public static let available: [TestDatabaseKind] = serverURL == nil ? [.sqlite] : [.sqlite, .postgres]
}

/// A fresh, empty database for one test: a path in a new temporary directory, or a new database on
/// the PostgreSQL test server (dropped again by ``drop()``).
public struct TestDatabase: Sendable {
    /// What `--db` takes: the SQLite file's path or the PostgreSQL database's URL.
    public let location: String
    public let kind: TestDatabaseKind

    /// A new database of `kind`.
    public init(_ kind: TestDatabaseKind) throws {
        self.kind = kind
        switch kind {
        case .sqlite:
            location =
                FileManager.default.temporaryDirectory.appendingPathComponent(
                    "leerpad-test-\(UUID().uuidString).sqlite"
                ).path
        case .postgres:
            let server = try #require(TestDatabaseKind.serverURL, "LEERPAD_TEST_POSTGRES_URL is not set")
            let name = "leerpad_t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
            try Self.psql(server, "CREATE DATABASE \(name)")
            location = Self.replacingDatabase(in: server, with: String(name))
        }
    }

    /// Removes the database (the file, or the PostgreSQL database with whoever is still connected).
    public func drop() {
        switch kind {
        case .sqlite:
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: location + suffix) }
        case .postgres:
            guard let server = TestDatabaseKind.serverURL,
                let name = location.split(separator: "/").last?.split(separator: "?").first
            else { return }
            try? Self.psql(server, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        }
    }

    /// `url` with its database replaced by `name` (the query, such as `sslmode`, kept).
    static func replacingDatabase(in url: String, with name: String) -> String {
        var parts = url.split(separator: "?", maxSplits: 1).map(String.init)
        let path = parts[0]
        guard let slash = path.range(of: "/", options: .backwards) else { return url }
        parts[0] = path[..<slash.upperBound] + name
        return parts.joined(separator: "?")
    }

    private static func psql(_ url: String, _ sql: String) throws {
        let candidates =
            ["/usr/bin/psql", "/usr/local/bin/psql"]
            + ((try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []).map {
                "/usr/lib/postgresql/\($0)/bin/psql"
            }
        let psql = try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0) }, "no psql")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: psql)
        process.arguments = [url, "-v", "ON_ERROR_STOP=1", "-q", "-c", sql]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "psql: \(sql)")
    }
}
