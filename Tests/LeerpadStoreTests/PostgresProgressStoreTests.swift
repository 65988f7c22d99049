import Foundation
import LeerpadCore
import Testing

@testable import LeerpadStore

@Suite("PostgreSQL URLs")
struct PostgresURLTests {
    @Test("a URL's parts, percent-decoded, with the default port and sslmode")
    func parts() throws {
        let url = try PostgresURL(parsing: "postgres://lee%40rpad:p%3Ass%2Fw@db.example:6543/leerpad?sslmode=require")
        #expect(url.user == "lee@rpad" && url.password == "p:ss/w")
        #expect(url.host == "db.example" && url.port == 6543 && url.database == "leerpad")
        #expect(url.sslMode == .require)
        #expect(url.redacted == "postgres://lee%40rpad:***@db.example:6543/leerpad?sslmode=require")
        #expect(!"\(url)".contains("p:ss"))
        #expect(try PostgresURL(parsing: url.unredacted) == url)
        let plain = try PostgresURL(parsing: "postgresql://u@127.0.0.1/db")
        #expect(plain.port == 5432 && plain.password == nil && plain.sslMode == .prefer)
        #expect(try PostgresURL(parsing: "POSTGRES://u:p@[::1]:5433/db?sslmode=disable").host == "::1")
        #expect(try PostgresURL(parsing: "postgres://u:p@h/db?sslmode=verify-full").sslMode == .verifyFull)
    }

    @Test(
        "a wrong URL names the part that is wrong, never the password",
        arguments: [
            ("mysql://u:p@h/db", "scheme"), ("postgres://u:secret@h", "database"), ("postgres://h:5432/db", "user"),
            ("postgres://u:secret@h:99999/db", "port"), ("postgres://u:secret@h:abc/db", "port"),
            ("postgres://u:secret@:5432/db", "host"), ("postgres://u:secret@h/db?sslmode=sometimes", "sslmode"),
            ("postgres://u:secret@h/db?timeout=5", "option"), ("postgres://u:%zz@h/db", "password"),
        ])
    func wrong(text: String, part: String) {
        #expect {
            try PostgresURL(parsing: text)
        } throws: { error in
            guard case .invalidValue(let field, let reason) = error as? StoreError else { return false }
            return field == "PostgreSQL URL \(part)" && !reason.contains("secret")
        }
    }

    @Test("PostgreSQL has SQLite's migrations, by the same names, in the same order")
    func sameMigrations() {
        #expect(PostgresSchema.migrations.map(\.name) == SQLiteSchema.migrator.migrations)
        #expect(PostgresSchema.migrations.map(\.version) == Array(1...PostgresSchema.migrations.count))
    }

    @Test("an unreachable server is a database error naming the URL without its password")
    func unreachable() {
        #expect {
            try PostgresProgressStore(url: try PostgresURL(parsing: "postgres://u:secret@127.0.0.1:1/db"))
        } throws: { error in
            guard case .database(let path, let reason) = error as? StoreError else { return false }
            return path == "postgres://u:***@127.0.0.1:1/db" && reason.contains("cannot connect")
                && !reason.contains("secret")
        }
    }
}

/// What only PostgreSQL has: several server processes on one database, TLS, raw SQL as the
/// application's user. These run only with `LEERPAD_TEST_POSTGRES_URL` (scripts/test.sh).
@Suite("The PostgreSQL store: several processes, TLS, the database's own guards")
struct PostgresProgressStoreTests {
    static let time = TimeSource.fixed(Date(timeIntervalSince1970: 1_811_808_000))
    static let early2027 = Date(timeIntervalSince1970: 1_799_020_800)

    @Test(
        "raw UPDATE, DELETE and TRUNCATE of the log fail in the database, as the application's user",
        arguments: StoreKind.postgresOnly)
    func rawWritesFail(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind, time: Self.time)
        defer { withExtendedLifetime(fixture) {} }
        let team = try fixture.store.addTeam(name: "T", municipality: "M", size: 3)
        try fixture.store.record(teamID: team.id, [(.started(moduleID: "a"), Self.early2027)])
        for sql in [
            "UPDATE progressEvent SET target = 'b'", "DELETE FROM progressEvent", "TRUNCATE progressEvent",
            "TRUNCATE team CASCADE",
        ] {
            #expect("\(sql)") {
                try fixture.execute(sql)
            } throws: { error in
                "\(PostgresProgressStore.describe(error))".contains("append-only")
            }
        }
        try fixture.store.deleteTeam(teamID: team.id, deletedBy: "test")
        #expect(throws: (any Error).self) { try fixture.execute("UPDATE teamDeletion SET deletedBy = 'x'") }
        #expect(throws: (any Error).self) { try fixture.execute("DELETE FROM teamDeletion") }
        #expect(throws: (any Error).self) { try fixture.execute("TRUNCATE teamDeletion") }
        #expect(try fixture.text("SELECT deletedBy FROM teamDeletion") == "test")
    }

    @Test(
        "two server processes on one database: sessions, teams and the log are shared",
        arguments: StoreKind.postgresOnly)
    func twoProcesses(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind, time: Self.time)
        defer { withExtendedLifetime(fixture) {} }
        let first = fixture.store
        let second = try fixture.reopen()
        let account = try first.addAccount(name: "hr", role: .hr, municipality: "M", passwordHash: "$2b$04$x")
        try first.startSession(token: "tok", accountID: account.id, idleLimit: 3600)
        #expect(try second.sessionAccount(token: "tok", idleLimit: 3600)?.name == "hr")
        try second.endSession(token: "tok")
        #expect(try first.sessionAccount(token: "tok", idleLimit: 3600) == nil)
        let team = try first.addTeam(name: "Afvalbeheer", municipality: "Vlietdam", size: 5)
        #expect(try second.team(named: "afvalbeheer") == team)
        #expect(throws: StoreError.teamExists("AFVALBEHEER")) {
            try second.addTeam(name: "AFVALBEHEER", municipality: "X", size: 3)
        }
        let event = try second.record(teamID: team.id, [(.started(moduleID: "m"), Self.early2027)])[0]
        #expect(try first.events(teamID: team.id) == [event])
        #expect(try first.team(id: team.id)?.revision == 1)
    }

    @Test(
        "two processes migrating a fresh database at once both succeed; the migrations are applied once",
        arguments: StoreKind.postgresOnly)
    func concurrentMigration(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind, time: Self.time, migrating: false)
        defer { withExtendedLifetime(fixture) {} }
        #expect(try fixture.store.schemaStatus().version == 0)
        let failures = LockedList<String>()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            do {
                let store = try fixture.reopen(migrating: true)
                _ = try store.teams()
            } catch {
                failures.append("\(error)")
            }
        }
        #expect(failures.items.isEmpty)
        #expect(try fixture.integer("SELECT COUNT(*) FROM schema_migration") == PostgresSchema.migrations.count)
        #expect(
            try fixture.integer("SELECT COUNT(DISTINCT version) FROM schema_migration")
                == PostgresSchema.migrations.count)
        let status = try fixture.reopen().schemaStatus()
        #expect(status.version == status.latest && status.pending.isEmpty)
        // Running migrate again is a no-op.
        try (fixture.store as? PostgresProgressStore)?.migrate()
        #expect(try fixture.integer("SELECT COUNT(*) FROM schema_migration") == PostgresSchema.migrations.count)
    }

    @Test(
        "concurrent records from several threads through two processes give the same events as sequential ones",
        arguments: StoreKind.postgresOnly)
    func concurrentRecords(kind: StoreKind) throws {
        let threads = 8
        let perThread = 12
        @Sendable func activities(_ thread: Int) -> [(ProgressActivity, Date)] {
            (0..<perThread).map { index in
                let at = Self.early2027.addingTimeInterval(Double(thread * 1000 + index))
                return index % 3 == 2
                    ? (.completed(moduleID: "m\(thread)-\(index)", score: Double(index) / 20), at)
                    : (.started(moduleID: "m\(thread)-\(index)"), at)
            }
        }
        func comparable(_ events: [ProgressEvent]) -> [String] {
            events.map { "\($0.activity)|\($0.occurredAt.timeIntervalSince1970)" }.sorted()
        }

        let sequentialFixture = try StoreFixture(kind, time: Self.time)
        defer { withExtendedLifetime(sequentialFixture) {} }
        let sequentialTeam = try sequentialFixture.store.addTeam(name: "T", municipality: "M", size: 5)
        for thread in 0..<threads {
            for activity in activities(thread) {
                try sequentialFixture.store.record(teamID: sequentialTeam.id, [activity])
            }
        }
        let sequential = try sequentialFixture.store.events(teamID: sequentialTeam.id)

        let fixture = try StoreFixture(kind, time: Self.time)
        defer { withExtendedLifetime(fixture) {} }
        let stores = [fixture.store, try fixture.reopen()]
        let team = try stores[0].addTeam(name: "T", municipality: "M", size: 5)
        let failures = LockedList<String>()
        let returned = LockedList<ProgressEvent>()
        let started = Date()
        DispatchQueue.concurrentPerform(iterations: threads) { thread in
            for activity in activities(thread) {
                do {
                    returned.append(contentsOf: try stores[thread % 2].record(teamID: team.id, [activity]))
                } catch {
                    failures.append("\(error)")
                }
            }
        }
        let elapsed = Date().timeIntervalSince(started)
        print("PostgreSQL: \(threads * perThread) concurrent records through 2 stores in \(Int(elapsed * 1000)) ms")
        #expect(failures.items.isEmpty)
        let concurrent = try stores[1].events(teamID: team.id)
        #expect(concurrent.count == threads * perThread)
        #expect(comparable(concurrent) == comparable(sequential))
        #expect(Set(concurrent.map(\.id)).count == concurrent.count)
        #expect(concurrent.map(\.id) == concurrent.map(\.id).sorted())
        #expect(Set(returned.items.map(\.id)) == Set(concurrent.map(\.id)))
        #expect(try stores[0].team(id: team.id)?.revision == Int64(threads * perThread))
    }

    @Test(
        "two processes revoking one event at once: one correction wins, the other is refused",
        arguments: StoreKind.postgresOnly)
    func concurrentCorrections(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind, time: Self.time)
        defer { withExtendedLifetime(fixture) {} }
        let stores = [fixture.store, try fixture.reopen(), try fixture.reopen()]
        let team = try stores[0].addTeam(name: "T", municipality: "M", size: 5)
        let event = try stores[0].record(teamID: team.id, [(.started(moduleID: "a"), Self.early2027)])[0]
        let outcomes = LockedList<String>()
        DispatchQueue.concurrentPerform(iterations: 6) { index in
            do {
                try stores[index % 3].record(
                    teamID: team.id, [(.correction(revokedEventID: event.id, note: "\(index)"), Self.early2027)])
                outcomes.append("ok")
            } catch let error as StoreError {
                outcomes.append(error == .alreadyRevoked(team: "T", id: event.id) ? "refused" : "\(error)")
            } catch {
                outcomes.append("\(error)")
            }
        }
        #expect(outcomes.items.sorted() == ["ok", "refused", "refused", "refused", "refused", "refused"])
        #expect(try stores[1].events(teamID: team.id).count == 2)
    }

    @Test(
        "two processes adding one team name at once: one team, the other is refused", arguments: StoreKind.postgresOnly)
    func concurrentTeams(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind, time: Self.time, random: .seeded(3))
        defer { withExtendedLifetime(fixture) {} }
        let stores = [fixture.store, try fixture.reopen()]
        let outcomes = LockedList<String>()
        DispatchQueue.concurrentPerform(iterations: 4) { index in
            do {
                _ = try stores[index % 2].addTeam(name: index % 2 == 0 ? "Wijk" : "WIJK", municipality: "M", size: 3)
                outcomes.append("ok")
            } catch let error as StoreError {
                if case .teamExists = error { outcomes.append("refused") } else { outcomes.append("\(error)") }
            } catch {
                outcomes.append("\(error)")
            }
        }
        #expect(outcomes.items.sorted() == ["ok", "refused", "refused", "refused"])
        #expect(try stores[1].teams().count == 1)
    }

    @Test(
        "called from many Swift-concurrency tasks at once (more than cores and connections), no deadlock",
        arguments: StoreKind.postgresOnly)
    func fromTasks(kind: StoreKind) async throws {
        let fixture = try StoreFixture(kind, time: Self.time)
        defer { withExtendedLifetime(fixture) {} }
        let store = fixture.store
        let team = try store.addTeam(name: "T", municipality: "M", size: 5)
        let started = Date()
        try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<64 {
                group.addTask {
                    try store.record(teamID: team.id, [(.started(moduleID: "m\(index)"), Self.early2027)])
                    return try store.events(teamID: team.id).count
                }
            }
            for try await count in group { #expect(count >= 1) }
        }
        print("PostgreSQL: 64 tasks (record + read) in \(Int(Date().timeIntervalSince(started) * 1000)) ms")
        #expect(try store.events(teamID: team.id).count == 64)
    }

    @Test("a connection the server closed is replaced: the next call succeeds", arguments: StoreKind.postgresOnly)
    func reconnects(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind, time: Self.time)
        defer { withExtendedLifetime(fixture) {} }
        let store = fixture.store
        let team = try store.addTeam(name: "T", municipality: "M", size: 5)
        let database = try #require(fixture.postgresURL?.database)
        // The store's idle connections are ended by the server (as a restart or an idle timeout would).
        try fixture.execute(
            """
            SELECT pg_terminate_backend(pid) FROM pg_stat_activity
            WHERE datname = '\(database)' AND pid <> pg_backend_pid()
            """)
        Thread.sleep(forTimeInterval: 0.2)
        #expect(try store.team(id: team.id)?.name == "T")
        try store.record(teamID: team.id, [(.started(moduleID: "a"), Self.early2027)])
        #expect(try store.events(teamID: team.id).count == 1)
    }

    @Test("sslmode=require really uses TLS; sslmode=disable does not", arguments: StoreKind.postgresOnly)
    func tls(kind: StoreKind) throws {
        let server = try #require(StoreKind.postgresURL)
        let query = "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
        var plain = server
        plain.sslMode = .disable
        #expect(try StoreFixture.raw(plain) { db in try db.row(query)?("ssl", as: Bool.self) } == false)
        var secure = server
        secure.sslMode = .require
        let serverHasTLS = try StoreFixture.raw(plain) { db in try db.row("SHOW ssl")?("ssl", as: String.self) } == "on"
        if serverHasTLS {
            #expect(try StoreFixture.raw(secure) { db in try db.row(query)?("ssl", as: Bool.self) } == true)
            // The store itself over TLS.
            let store = try PostgresProgressStore(url: secure, time: Self.time, migrating: false)
            defer { store.close() }
            #expect(try store.schemaStatus().version >= 0)
            // verify-full checks the certificate: the test server's is self-signed, so it is refused.
            var verified = server
            verified.sslMode = .verifyFull
            #expect(throws: StoreError.self) { try StoreFixture.raw(verified) { db in try db.row(query) } }
        } else {
            #expect(throws: StoreError.self) { try StoreFixture.raw(secure) { db in try db.row(query) } }
        }
    }
}

extension PostgresProgressStoreTests {
    @Test(
        "a database of the first schema migrates: its assessments become legacy ones with their respondents",
        arguments: StoreKind.postgresOnly)
    func migratesFirstSchema(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind, time: Self.time, migrating: false)
        defer { withExtendedLifetime(fixture) {} }
        let store = try #require(fixture.store as? PostgresProgressStore)
        try store.migrate(through: 1)
        #expect(try store.schemaStatus().version == 1)
        try fixture.execute(
            """
            INSERT INTO team (name, municipality, size, accessCode, createdAt) VALUES ('Oud', 'M', 5, 'CODE', '2026-01-01');
            INSERT INTO assessment (teamId, takenAt, source, modelVersion) VALUES (1, '2026-02-01', 'web:quickscan', '1');
            INSERT INTO answer (assessmentId, respondent, statementId, value) VALUES (1, 'R01', 'q01', 4);
            INSERT INTO progressEvent (teamId, kind, target, occurredAt, recordedAt)
                VALUES (1, 'assessed', '1', '2026-02-01', '2026-02-01');
            """)
        let migrated = try fixture.reopen()
        let stored = try migrated.assessments(teamID: 1)
        #expect(stored.map(\.kind) == [.legacy])
        #expect(stored.first?.responses.count == 1)
        #expect(try migrated.events(teamID: 1).count == 1)
        #expect(try fixture.integer("SELECT respondents FROM assessment") == 1)
        #expect(try migrated.team(named: "oud").revision == 0)
        #expect(try migrated.schemaStatus().pending.isEmpty)
    }
}

extension PostgresProgressStoreTests {
    @Test(
        "a large batch is stored in its order, in one transaction, with ids rising", arguments: StoreKind.postgresOnly)
    func largeBatch(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind, time: Self.time)
        defer { withExtendedLifetime(fixture) {} }
        let store = fixture.store
        let team = try store.addTeam(name: "T", municipality: "M", size: 5)
        let activities: [(ProgressActivity, Date)] = (0..<2_500).map { index in
            let at = Self.early2027.addingTimeInterval(Double(index) * 0.001)
            switch index % 3 {
            case 0: return (.started(moduleID: "m\(index)"), at)
            case 1: return (.completed(moduleID: "m\(index)", score: index % 2 == 0 ? nil : 0.5), at)
            default: return (.triedUseCase("u\(index)"), at)
            }
        }
        let started = Date()
        let recorded = try store.record(teamID: team.id, activities)
        print("PostgreSQL: one batch of 2500 events in \(Int(Date().timeIntervalSince(started) * 1000)) ms")
        #expect(recorded.map(\.activity) == activities.map(\.0))
        #expect(recorded.map(\.id) == recorded.map(\.id).sorted())
        #expect(try store.events(teamID: team.id) == recorded)
        #expect(try store.team(id: team.id)?.revision == 2_500)
        // A correction of an unknown event refuses the whole batch.
        #expect(throws: StoreError.unknownEvent(team: "T", id: 999_999)) {
            try store.record(
                teamID: team.id, activities + [(.correction(revokedEventID: 999_999, note: ""), Self.early2027)])
        }
        #expect(try store.events(teamID: team.id).count == 2_500)
    }
}

/// A list several threads append to.
final class LockedList<Element>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Element] = []

    func append(_ element: Element) { append(contentsOf: [element]) }

    func append(contentsOf elements: [Element]) {
        lock.lock()
        storage.append(contentsOf: elements)
        lock.unlock()
    }

    var items: [Element] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
