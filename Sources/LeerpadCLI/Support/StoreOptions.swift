import ArgumentParser
import Foundation
import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// `--db FILE|URL`: the database, a SQLite file or a PostgreSQL URL (default: `$LEERPAD_DB`,
/// else `leerpad.sqlite` here).
struct StoreOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The database: a SQLite file, or postgres://USER:PASSWORD@HOST:PORT/DATABASE (default: $LEERPAD_DB, else ./leerpad.sqlite).",
            valueName: "file-or-url"))
    var db: String?

    /// The database named by `--db`, `$LEERPAD_DB` or the default.
    var location: StoreLocation {
        StoreLocation(
            db ?? ProcessInfo.processInfo.environment["LEERPAD_DB"].flatMap { $0.isEmpty ? nil : $0 }
                ?? SQLiteProgressStore.defaultPath)
    }

    /// Opens (and migrates) the store on the command's clock and random source (or the given
    /// ones), turning failure into one clear message.
    func open(
        time: TimeSource = CommandEnvironment.time, random: RandomSource = CommandEnvironment.random,
        migrating: Bool = true, language: Language = .default
    ) throws -> any LeerpadDatabase {
        do {
            return try location.open(time: time, random: random, migrating: migrating)
        } catch {
            printError(AppError.store(error).message(in: language))
            throw ExitCode.failure
        }
    }

    /// The use cases over the opened store and `content`.
    func leerpad(_ content: ContentBundle) throws -> Leerpad {
        Leerpad(store: try open(), content: content, time: CommandEnvironment.time, random: CommandEnvironment.random)
    }
}
