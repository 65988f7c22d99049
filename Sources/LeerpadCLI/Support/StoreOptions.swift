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

    /// Opens the store, turning failure into one clear message.
    func open() throws -> SQLiteProgressStore {
        do {
            return try SQLiteProgressStore(path: path, time: CommandEnvironment.time, random: CommandEnvironment.random)
        } catch {
            printError(error.errorDescription ?? "\(error)")
            throw ExitCode.failure
        }
    }

    /// The use cases over the opened store and `content`.
    func leerpad(_ content: ContentBundle) throws -> Leerpad {
        Leerpad(
            store: try open(), content: content, time: CommandEnvironment.time, random: CommandEnvironment.random)
    }
}

/// Turns use-case errors into one clear message in the user's language and a non-zero exit.
enum UseCase {
    /// Runs `body`; an ``AppError`` is printed and ends the command.
    static func run<T>(_ language: Language, _ body: () throws(AppError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            let field = error.field.flatMap(PlanField.init(rawValue:)).map { "--\(Self.option($0)): " } ?? ""
            printError(field + error.message(in: language))
            throw ExitCode.failure
        }
    }

    /// The command-line option of a plan field.
    static func option(_ field: PlanField) -> String {
        switch field {
        case .budget: "budget"
        case .hours: "hours"
        case .weeks: "weeks"
        case .teamSize: "team-size"
        case .start: "start"
        case .format: "formats"
        }
    }
}

extension OutputOptions {
    /// Prints a team's progress report, with its access code when asked.
    func printReport(_ report: TeamReport, content: ContentBundle, showingAccessCode: Bool) throws {
        let rendered = ProgressReport(team: report.team, progress: report.progress, content: content, language: language)
        switch format {
        case .json: print(try JSONOutput.encode(rendered))
        case .text:
            print(
                rendered.text(in: language, accessCode: showingAccessCode ? report.team.accessCode : nil), terminator: "")
        }
    }
}
