import ArgumentParser
import Foundation
import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// `--db FILE`: the SQLite database (default: `$LEERPAD_DB`, else `leerpad.sqlite` here).
struct StoreOptions: ParsableArguments {
    @Option(help: "The SQLite database (default: $LEERPAD_DB, else ./leerpad.sqlite).")
    var db: String?

    /// The database path in use.
    var path: String {
        db ?? ProcessInfo.processInfo.environment["LEERPAD_DB"].flatMap { $0.isEmpty ? nil : $0 }
            ?? SQLiteProgressStore.defaultPath
    }

    /// Opens the store on the command's clock and random source (or the given ones), turning
    /// failure into one clear message.
    func open(time: TimeSource = CommandEnvironment.time, random: RandomSource = CommandEnvironment.random) throws
        -> SQLiteProgressStore
    {
        do {
            return try SQLiteProgressStore(path: path, time: time, random: random)
        } catch {
            printError(error.errorDescription ?? "\(error)")
            throw ExitCode.failure
        }
    }

    /// The use cases over the opened store and `content`.
    func leerpad(_ content: ContentBundle) throws -> Leerpad {
        Leerpad(store: try open(), content: content, time: CommandEnvironment.time, random: CommandEnvironment.random)
    }
}
