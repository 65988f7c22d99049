import ArgumentParser
import Foundation
import LeerpadApp
import LeerpadCore

/// `leerpad progress record|show`.
struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress", abstract: "Record what a team did, and show its progress through levels.",
        subcommands: [RecordCommand.self, ShowCommand.self])

    /// `leerpad progress record TEAM (--started M | --completed M [--score S] | --tried U | --revoke ID) [--at T]`.
    struct RecordCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "record", abstract: "Append one event to a team's progress log.",
            discussion: "The log is append-only: --revoke EVENT records a coordinator's correction instead of deleting."
        )

        @Argument(help: "The team's name.") var team: String
        @Option(help: "A module the team started.") var started: String?
        @Option(help: "A module the team completed.") var completed: String?
        @Option(help: "The score of the completion, 0…1 (0,8 or 0.8).") var score: String?
        @Option(help: "A use case the team tried in a demo.") var tried: String?
        @Option(help: "The id of an event to revoke (a correction).") var revoke: Int64?
        @Option(help: "Why (with --revoke).") var note: String = ""
        @Option(help: "When, ISO 8601 (default: now).") var at: String?
        @OptionGroup var app: AppOptions

        @Option(name: .customLong("lang"), help: "Language of messages: nl (default) or en.")
        var language: Language = .default

        func validate() throws {
            let given = [started != nil, completed != nil, tried != nil, revoke != nil].filter { $0 }.count
            guard given == 1 else {
                throw ValidationError("give exactly one of --started, --completed, --tried or --revoke")
            }
            if let at, InstantArgument.parse(at) == nil {
                throw ValidationError("--at '\(at)' is not an ISO 8601 date or date-time")
            }
        }

        func run() throws {
            let leerpad = try app.leerpad()
            let when = at.flatMap(InstantArgument.parse)
            let events = try UseCase.run(language) { () throws(AppError) in
                let stored = try leerpad.team(named: team)
                if let revoke {
                    return try leerpad.record([.correction(revokedEventID: revoke, note: note)], for: stored, at: when)
                }
                let input =
                    if let started {
                        ProgressRecordInput(activity: "started", item: "module:" + started, score: score)
                    } else if let completed {
                        ProgressRecordInput(activity: "completed", item: "module:" + completed, score: score)
                    } else { ProgressRecordInput(activity: "tried", item: "usecase:" + (tried ?? ""), score: score) }
                return try leerpad.record(input, for: stored, at: when)
            }
            let event = events[0]
            print("event \(event.id): \(event.activity.kind) \(event.activity.target)")
        }
    }

    /// `leerpad progress show TEAM [--format json]`.
    struct ShowCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "XP, level, badges, streak, path steps and maturity changes of a team.")
        @Argument(help: "The team's name.") var team: String
        @OptionGroup var app: AppOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try app.printReport(ofTeam: team, output: output, showingAccessCode: false)
        }
    }
}
