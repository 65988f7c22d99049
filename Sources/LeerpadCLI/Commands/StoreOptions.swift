import ArgumentParser
import Foundation
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
        try StoreAccess.reporting { () throws(StoreError) in try SQLiteProgressStore(path: path) }
    }
}

/// Turns store errors into one clear message and a non-zero exit.
enum StoreAccess {
    static func reporting<T>(_ body: () throws(StoreError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            printError(error.errorDescription ?? "\(error)")
            throw ExitCode.failure
        }
    }

    /// Prints the progress report of the team called `name`, with its access code when asked.
    static func printReport(
        forTeam name: String, store options: StoreOptions, content: ContentBundle, output: OutputOptions,
        showingAccessCode: Bool
    ) throws {
        let database = try options.open()
        let team = try reporting { () throws(StoreError) in try database.team(named: name) }
        let progress = try progress(of: team, store: database, content: content)
        let report = ProgressReport(team: team, progress: progress, content: content, language: output.language)
        switch output.format {
        case .json: print(try JSONOutput.encode(report))
        case .text:
            print(
                report.text(in: output.language, accessCode: showingAccessCode ? team.accessCode : nil), terminator: "")
        }
    }

    /// A team's progress as of now: log, assessments scored with the model, accepted path.
    static func progress(of team: Team, store: some ProgressStore, content: ContentBundle) throws -> TeamProgress {
        try reporting { () throws(StoreError) in
            let assessments = try store.assessments(teamID: team.id).map {
                RecordedAssessment(
                    id: $0.id, takenAt: $0.takenAt,
                    assessment: AssessmentScoring.score($0.responses, model: content.model))
            }
            return TeamProgress(
                events: try store.events(teamID: team.id), assessments: assessments,
                path: try store.latestPath(teamID: team.id),
                context: content.gameContext, now: Date())
        }
    }
}
