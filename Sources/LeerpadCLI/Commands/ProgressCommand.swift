import ArgumentParser
import Foundation
import LeerpadCore
import LeerpadStore

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
        @Option(help: "The score of the completion, 0…1.") var score: Double?
        @Option(help: "A use case the team tried in a demo.") var tried: String?
        @Option(help: "The id of an event to revoke (a correction).") var revoke: Int64?
        @Option(help: "Why (with --revoke).") var note: String = ""
        @Option(help: "When, ISO 8601 (default: now).") var at: String?
        @OptionGroup var store: StoreOptions
        @OptionGroup var contentOptions: ContentOptions
        @OptionGroup var recommendationOptions: RecommendationOptions

        func validate() throws {
            let given = [started != nil, completed != nil, tried != nil, revoke != nil].filter { $0 }.count
            guard given == 1 else {
                throw ValidationError("give exactly one of --started, --completed, --tried or --revoke")
            }
            if score != nil, completed == nil { throw ValidationError("--score belongs with --completed") }
            if let score, !(0...1).contains(score) { throw ValidationError("--score must be between 0 and 1") }
            if let at, Clock.parse(at) == nil {
                throw ValidationError("--at '\(at)' is not an ISO 8601 date or date-time")
            }
        }

        func run() throws {
            let content = try recommendationOptions.bundle(contentOptions)
            let activity: ProgressActivity
            if let started {
                try requireModule(started, content.catalogue)
                activity = .started(moduleID: started)
            } else if let completed {
                try requireModule(completed, content.catalogue)
                activity = .completed(moduleID: completed, score: score)
            } else if let tried {
                guard content.useCases.contains(where: { $0.id == tried }) else {
                    throw ValidationError("unknown use case '\(tried)'; see Content/usecases.xml")
                }
                activity = .triedUseCase(tried)
            } else {
                activity = .correction(revokedEventID: revoke ?? 0, note: note)
            }
            let database = try store.open()
            let event = try StoreAccess.reporting { () throws(StoreError) in
                let stored = try database.team(named: team)
                return try database.record(teamID: stored.id, [(activity, at.flatMap(Clock.parse) ?? Date())])
            }
            print("event \(event.first?.id ?? 0): \(activity.kind) \(activity.target)")
        }

        private func requireModule(_ id: String, _ catalogue: Catalogue) throws {
            guard catalogue.module(id) != nil else {
                throw ValidationError("unknown module '\(id)'; see Content/catalogue.xml")
            }
        }
    }

    /// `leerpad progress show TEAM [--format json]`.
    struct ShowCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "XP, level, badges, streak, path steps and maturity changes of a team.")
        @Argument(help: "The team's name.") var team: String
        @OptionGroup var store: StoreOptions
        @OptionGroup var contentOptions: ContentOptions
        @OptionGroup var recommendationOptions: RecommendationOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            try StoreAccess.printReport(
                forTeam: team, store: store, content: try recommendationOptions.bundle(contentOptions), output: output,
                showingAccessCode: false)
        }
    }
}
