import ArgumentParser
import Foundation
import LeerpadApp
import LeerpadCore

/// `leerpad team add|list|show`.
struct TeamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team", abstract: "Add, list, show, export and delete teams.",
        subcommands: [
            AddCommand.self, ListCommand.self, ShowCommand.self, LeaderboardOptOutCommand.self, ExportDataCommand.self,
            DeleteCommand.self,
        ])

    /// `leerpad team export NAME`: everything stored about the team, as JSON.
    struct ExportDataCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Print everything stored about a team as JSON (for a request under the AVG/GDPR).")
        @Argument(help: "The team's name.") var name: String
        @Option(name: .customLong("lang"), help: "Language of messages: nl (default) or en.")
        var language: Language = .default
        @OptionGroup var app: AppOptions

        func run() throws {
            let leerpad = try app.leerpad()
            let data = try UseCase.run(language) { () throws(AppError) in
                try leerpad.storedData(of: try leerpad.team(named: name))
            }
            print(try JSONOutput.encode(data))
        }
    }

    /// `leerpad team delete NAME --confirm`: the team and all its data, through the audited path.
    struct DeleteCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "delete", abstract: "Delete a team with all its data; the deletion is audited.")
        @Argument(help: "The team's name.") var name: String
        @Flag(help: "Confirm: deleting cannot be undone.") var confirm = false
        @Option(name: .customLong("lang"), help: "Language of the output: nl (default) or en.")
        var language: Language = .default
        @OptionGroup var app: AppOptions

        func run() throws {
            guard confirm else {
                printError(RoundText.confirmDeletion(team: name).text(language))
                throw ExitCode.failure
            }
            let leerpad = try app.leerpad()
            let user = ProcessInfo.processInfo.environment["USER"] ?? "unknown"
            let deletion = try UseCase.run(language) { () throws(AppError) in
                try leerpad.deleteTeam(try leerpad.team(named: name), by: "cli:\(user)")
            }
            print(
                RoundText.teamDeleted(
                    team: deletion.teamName, events: deletion.events, assessments: deletion.assessments
                ).text(language))
        }
    }

    /// `leerpad team add NAME [--size N] [--municipality M]`.
    struct AddCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add a team; prints its access code.")

        @Argument(help: "The team's name.") var name: String
        @Option(help: "How many people the team has.") var size: Int = 8
        @Option(help: "The municipality.") var municipality: String = "Gemeente Vlietdam"
        @Option(name: .customLong("lang"), help: "Language of the output: nl (default) or en.")
        var language: Language = .default
        @OptionGroup var app: AppOptions

        func run() throws {
            let leerpad = try app.leerpad()
            let team = try UseCase.run(language) { () throws(AppError) in
                try leerpad.addTeam(name: name, municipality: municipality, size: size)
            }
            print(language.text(.teamAdded(name: team.name, municipality: team.municipality, size: team.size)))
            print(language.text(.accessCode(team.accessCode)))
        }
    }

    /// `leerpad team list`.
    struct ListCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the teams.")
        @OptionGroup var app: AppOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let leerpad = try app.leerpad()
            let teams = try UseCase.run(output.language) { () throws(AppError) in try leerpad.teams() }
            switch output.format {
            case .json:
                print(
                    try JSONOutput.encode(
                        teams.map { TeamListEntry(name: $0.name, municipality: $0.municipality, size: $0.size) }))
            case .text:
                for team in teams { print("\(team.name)\t\(team.municipality)\t\(team.size)") }
            }
        }
    }

    /// `leerpad team show NAME`.
    struct ShowCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Show a team, its access code and progress.")
        @Argument(help: "The team's name.") var name: String
        @OptionGroup var app: AppOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try app.printReport(ofTeam: name, output: output, showingAccessCode: true)
        }
    }

    /// `leerpad team leaderboard NAME --opt-out|--opt-in`.
    struct LeaderboardOptOutCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "leaderboard", abstract: "Let a team leave or rejoin leaderboards.")
        @Argument(help: "The team's name.") var name: String
        @Flag(help: "Leave leaderboards (--opt-out) or rejoin them (--opt-in).") var choice: Choice
        @OptionGroup var app: AppOptions

        enum Choice: EnumerableFlag { case optOut, optIn }

        func run() throws {
            let leerpad = try app.leerpad()
            try UseCase.run(.default) { () throws(AppError) in
                try leerpad.setLeaderboardOptOut(choice == .optOut, for: try leerpad.team(named: name))
            }
        }
    }
}

/// A team in `team list --format json`.
private struct TeamListEntry: Encodable {
    var name: String
    var municipality: String
    var size: Int
}
