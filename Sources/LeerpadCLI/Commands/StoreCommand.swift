import ArgumentParser
import Foundation
import LeerpadApp
import LeerpadCore
import LeerpadStore

/// `leerpad store migrate|status|copy|verify`: the database itself.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Migrate, inspect, copy and verify the database (SQLite or PostgreSQL).",
        subcommands: [MigrateCommand.self, StatusCommand.self, CopyCommand.self, VerifyCommand.self])

    /// `leerpad store migrate`.
    struct MigrateCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "migrate",
            abstract: "Bring the database's schema up to this version (serve does this at start too).",
            discussion: "Safe while other servers start or run: PostgreSQL migrations hold an advisory lock.")

        @Option(name: .customLong("lang"), help: "Language: nl (default) or en.") var language: Language = .default
        @OptionGroup var store: StoreOptions

        func run() throws {
            // A file that does not exist yet starts at version 0.
            let before = (try? store.location.open(migrating: false).schemaStatus().version) ?? 0
            let after = try StoreCommand.status(of: try store.open(language: language), language)
            print(StoreText.database(after.location).text(language))
            let applied = after.status.version - before
            print(
                (applied > 0
                    ? StoreText.migrated(applied: applied, version: after.status.version)
                    : .upToDate(version: after.status.version)).text(language))
        }
    }

    /// `leerpad store status`.
    struct StatusCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status", abstract: "The schema version and how many rows each table holds.")

        @OptionGroup var output: OutputOptions
        @OptionGroup var store: StoreOptions

        func run() throws {
            let language = output.language
            let database = try store.open(migrating: false, language: language)
            let (location, status) = try StoreCommand.status(of: database, language)
            let counts: [(StoreTable, Int)]? =
                status.pending.isEmpty && !status.isNewer
                ? try StoreTable.allCases.map { table in
                    (
                        table,
                        try StoreCommand.storing(language) { () throws(StoreError) in try database.rowCount(of: table) }
                    )
                } : nil
            if output.format == .json {
                let document = StoreStatusView(
                    database: location, version: status.version, latest: status.latest, pending: status.pending,
                    rows: counts.map { Dictionary(uniqueKeysWithValues: $0.map { ($0.0.rawValue, $0.1) }) })
                print(try JSONOutput.encode(document))
                return
            }
            print(StoreText.database(location).text(language))
            print(StoreText.schemaVersion(status.version, latest: status.latest).text(language))
            if status.isNewer { print(StoreText.newerSchema.text(language)) }
            if !status.pending.isEmpty { print(StoreText.pending(status.pending).text(language)) }
            for (table, count) in counts ?? [] { print(StoreText.rows(table, count).text(language)) }
        }
    }

    /// `leerpad store copy --from SOURCE --to TARGET`.
    struct CopyCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "copy",
            abstract: "Copy every row from one database into an empty one (SQLite ↔ PostgreSQL), then compare both.",
            discussion: """
                The target must be empty; the copy is one transaction, so it is all or nothing. Afterwards \
                every table's row count and, per team, its events and the XP, rank and badges derived from \
                each database's log are compared; any difference is printed and the exit status is 1.
                """)

        @Option(help: ArgumentHelp("The database to copy from (a SQLite file or a postgres:// URL).", valueName: "db"))
        var from: String
        @Option(help: ArgumentHelp("The empty database to copy into.", valueName: "db")) var to: String
        @Option(help: "Rows read per batch.") var batchSize = 5_000
        @Option(name: .customLong("lang"), help: "Language: nl (default) or en.") var language: Language = .default
        @OptionGroup var contentBundle: ContentBundleOptions

        func validate() throws {
            guard (1...100_000).contains(batchSize) else { throw ValidationError("--batch-size must be 1–100000") }
        }

        func run() throws {
            let content = try contentBundle.bundle()
            let source = try StoreOptions(db: from).open(language: language)
            let target = try StoreOptions(db: to).open(language: language)
            guard source.location != target.location else {
                printError(StoreText.sameDatabase.text(language))
                throw ExitCode.failure
            }
            let copy = try UseCase.run(language) { () throws(AppError) in
                try StoreCopy.run(from: source, to: target, content: content, batchSize: batchSize)
            }
            print(StoreText.copiedFrom(source: source.location, target: target.location).text(language))
            for (table, count) in copy.rows { print(StoreText.rows(table, count).text(language)) }
            print(StoreText.compared(teams: copy.teams, events: copy.events).text(language))
            for difference in copy.differences {
                print(
                    StoreText.difference(
                        team: difference.team, what: difference.what, source: difference.source, copy: difference.copy
                    ).text(language))
            }
            guard copy.differences.isEmpty else {
                printError(StoreText.differencesFound(copy.differences.count).text(language))
                throw ExitCode.failure
            }
            print(StoreText.copyFaithful.text(language))
        }
    }

    /// `leerpad store verify`.
    struct VerifyCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Recompute every team's state from its log and compare it with the state the database kept.",
            discussion: "Exit status 1 when any kept XP, rank, badge list or event count differs from the log's.")

        @Option(name: .customLong("lang"), help: "Language: nl (default) or en.") var language: Language = .default
        @OptionGroup var app: AppOptions

        func run() throws {
            let leerpad = try app.leerpad()
            let result = try UseCase.run(language) { () throws(AppError) in try leerpad.verifyStore() }
            print(
                StoreText.verified(
                    teams: result.teams, events: result.events, compared: result.compared, stale: result.stale
                ).text(language))
            for mismatch in result.mismatches {
                print(
                    StoreText.mismatch(
                        team: mismatch.team, field: mismatch.field, kept: mismatch.kept, derived: mismatch.derived
                    ).text(language))
            }
            guard result.mismatches.isEmpty else {
                printError(StoreText.mismatchesFound(result.mismatches.count).text(language))
                throw ExitCode.failure
            }
            print(StoreText.sound.text(language))
        }
    }

    /// The store's location and schema status, or one clear message.
    static func status(of database: any LeerpadDatabase, _ language: Language) throws -> (
        location: String, status: SchemaStatus
    ) {
        (database.location, try storing(language) { () throws(StoreError) in try database.schemaStatus() })
    }

    /// Runs a store call; its error is printed and ends the command.
    static func storing<T>(_ language: Language, _ body: () throws(StoreError) -> T) throws -> T {
        try UseCase.run(language) { () throws(AppError) in
            do throws(StoreError) {
                return try body()
            } catch {
                throw .store(error)
            }
        }
    }
}

/// `leerpad store status --format json`.
struct StoreStatusView: Encodable {
    var database: String
    var version: Int
    var latest: Int
    var pending: [String]
    /// Rows per table; `null` while migrations are pending.
    var rows: [String: Int]?
}

extension StoreOptions {
    /// The options naming `db`.
    init(db: String) {
        self.init()
        self.db = db
    }
}
