import ArgumentParser
import Foundation
import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// `leerpad round open|status|close|cancel|extend|import|list`: measurement rounds.
struct RoundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "round",
        abstract: "Measurement rounds: a team answers the scan together, each member anonymously.",
        subcommands: [
            OpenCommand.self, StatusCommand.self, CloseCommand.self, CancelCommand.self, ExtendCommand.self,
            ImportCommand.self, ListCommand.self,
        ])

    /// `leerpad round open TEAM --instrument quickscan|full …`.
    struct OpenCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "open", abstract: "Open a round for a team; prints the respondents' link.")
        @Argument(help: "The team's name.") var team: String
        @Option(help: "quickscan or full (the full scan).") var instrument: String
        @Option(help: "The last day to answer, YYYY-MM-DD; the round closes on the first access after it.")
        var closes: String?
        @Option(help: "The fewest respondents to close with (default 3, the game's minimum).")
        var minRespondents: Int?
        @Option(help: "The web app's address in the link (default: $LEERPAD_BASE_URL, else http://localhost:8080).")
        var baseURL: String?
        @OptionGroup var app: AppOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if let closes, CalendarDate(iso8601: closes) == nil {
                throw ValidationError("--closes '\(closes)' is not a date YYYY-MM-DD")
            }
        }

        func run() throws {
            let leerpad = try app.leerpad()
            let instrumentID = instrument == "full" ? "fullscan" : instrument
            let (round, team) = try UseCase.run(output.language) { () throws(AppError) in
                let team = try leerpad.team(named: self.team)
                return (
                    try leerpad.openRound(
                        for: team, instrument: instrumentID, closes: closes.flatMap { CalendarDate(iso8601: $0) },
                        minimum: minRespondents), team
                )
            }
            let url = RoundLink.url(round, base: baseURL)
            switch output.format {
            case .json:
                print(
                    try JSONOutput.encode(
                        OpenedRound(
                            id: round.id, token: round.token, url: url, team: team.name, instrument: round.instrument,
                            minimum: round.minimumRespondents, closes: closes)))
            case .text:
                print(RoundText.roundOpened(round: round.id, team: team.name, url: url).text(output.language))
            }
        }
    }

    /// `leerpad round status ROUND`.
    struct StatusCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status", abstract: "Show how many answered, in which roles, and the result once closed.")
        @Argument(help: "The round's id.") var round: Int64
        @Option(help: "The web app's address in the link (default: $LEERPAD_BASE_URL, else http://localhost:8080).")
        var baseURL: String?
        @OptionGroup var app: AppOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let leerpad = try app.leerpad()
            let status = try UseCase.run(output.language) { () throws(AppError) in
                try leerpad.status(of: try leerpad.round(id: round))
            }
            let view = RoundStatusDocument(
                status, url: RoundLink.url(status.round, base: baseURL), model: leerpad.content.model,
                language: output.language)
            switch output.format {
            case .json: print(try JSONOutput.encode(view))
            case .text: print(view.text(in: output.language), terminator: "")
            }
        }
    }

    /// `leerpad round close ROUND`.
    struct CloseCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "close", abstract: "Close a round into the team's measurement (needs its minimum).")
        @OptionGroup var options: RoundOptions

        func run() throws {
            let outcome = try options.run { leerpad, round throws(AppError) in try leerpad.closeRound(round) }
            print(RoundText.roundClosed(round: options.round, assessment: outcome.stored.id).text(options.language))
        }
    }

    /// `leerpad round cancel ROUND`.
    struct CancelCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cancel", abstract: "Cancel an open round; its responses never become a measurement.")
        @OptionGroup var options: RoundOptions

        func run() throws {
            try options.run { leerpad, round throws(AppError) in try leerpad.cancelRound(round) }
            print(RoundText.roundCancelled(round: options.round).text(options.language))
        }
    }

    /// `leerpad round extend ROUND --closes YYYY-MM-DD`.
    struct ExtendCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extend", abstract: "Move an open round's closing date.")
        @OptionGroup var options: RoundOptions
        @Option(help: "The new last day to answer, YYYY-MM-DD.") var closes: String

        func validate() throws {
            if CalendarDate(iso8601: closes) == nil {
                throw ValidationError("--closes '\(closes)' is not a date YYYY-MM-DD")
            }
        }

        func run() throws {
            let date = CalendarDate(iso8601: closes)!
            try options.run { leerpad, round throws(AppError) in try leerpad.extendRound(round, closes: date) }
            print(RoundText.roundExtended(round: options.round, closes: date.description).text(options.language))
        }
    }

    /// `leerpad round import ROUND FILE.csv`.
    struct ImportCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Add a survey tool's export (Forms, LimeSurvey, Excel CSV) to an open round.")
        @OptionGroup var options: RoundOptions
        @Argument(help: "The answers, one row per respondent.") var answers: String

        func run() throws {
            let model = try options.app.content.loadModel()
            let (sheet, _) = try AnswerInput.assess(answers, model: model, language: options.language)
            let count = try options.run { leerpad, round throws(AppError) in
                try leerpad.importResponses(sheet.responses, into: round, source: answers)
            }
            print(RoundText.responsesImported(count: count, round: options.round).text(options.language))
        }
    }

    /// `leerpad round list [TEAM]`.
    struct ListCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List rounds, newest first.")
        @Argument(help: "Only this team's rounds.") var team: String?
        @OptionGroup var app: AppOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let leerpad = try app.leerpad()
            let statuses = try UseCase.run(output.language) { () throws(AppError) in
                let team = try self.team.map { name throws(AppError) in try leerpad.team(named: name) }
                return try leerpad.rounds(of: team).map { round throws(AppError) in
                    try leerpad.status(of: try leerpad.round(id: round.id))
                }
            }
            let views = statuses.map {
                RoundStatusDocument(
                    $0, url: RoundLink.url($0.round, base: nil), model: leerpad.content.model,
                    language: output.language, withAssessment: false)
            }
            switch output.format {
            case .json: print(try JSONOutput.encode(views))
            case .text:
                if views.isEmpty { print(RoundText.noRounds.text(output.language)) }
                for view in views { print(view.line(in: output.language)) }
            }
        }
    }
}

/// The options of a command on one round: its id, the language and the database and Content.
struct RoundOptions: ParsableArguments {
    @Argument(help: "The round's id.") var round: Int64
    @Option(name: .customLong("lang"), help: "Language of the output: nl (default) or en.")
    var language: Language = .default
    @OptionGroup var app: AppOptions

    /// Runs `body` on the round; a refusal is printed in the language and ends the command.
    @discardableResult
    func run<T>(_ body: (Leerpad, Round) throws(AppError) -> T) throws -> T {
        let leerpad = try app.leerpad()
        return try UseCase.run(language) { () throws(AppError) in try body(leerpad, try leerpad.round(id: round)) }
    }
}

/// The respondents' link of a round.
enum RoundLink {
    /// `{base}/r/{token}`; the base from `--base-url`, `$LEERPAD_BASE_URL`, else the local server.
    static func url(_ round: Round, base: String?) -> String {
        let root =
            base ?? ProcessInfo.processInfo.environment["LEERPAD_BASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? "http://localhost:8080"
        return (root.hasSuffix("/") ? String(root.dropLast()) : root) + "/r/" + round.token
    }
}

/// `round open --format json`.
private struct OpenedRound: Encodable {
    var id: Int64
    var token: String
    var url: String
    var team: String
    var instrument: String
    var minimum: Int
    var closes: String?
}
