import ArgumentParser
import Foundation
import LeerpadApp
import LeerpadCore
import LeerpadStore

/// `leerpad lrs status|deliver`: the outbox of statements for Learning Record Stores.
struct LRSCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lrs",
        abstract: "Show and deliver the outbox of xAPI statements for a Learning Record Store.",
        subcommands: [StatusCommand.self, DeliverCommand.self])

    /// `leerpad lrs status`.
    struct StatusCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "status", abstract: "What is pending per LRS, and the last error.")

        @Option(name: .customLong("lang"), help: "Language: nl (default) or en.") var language: Language = .default
        @OptionGroup var app: AppOptions

        func run() throws {
            let leerpad = try app.leerpad()
            let status = try UseCase.run(language) { () throws(AppError) in try leerpad.outboxStatus() }
            if status.isEmpty { print(StandardsText.lrsOutboxEmpty.text(language)) }
            for endpoint in status {
                print(
                    StandardsText.lrsEndpointStatus(
                        endpoint: endpoint.endpoint, pending: endpoint.pending, delivered: endpoint.delivered
                    ).text(language))
                if let error = endpoint.lastError { print("  " + StandardsText.lrsLastError(error).text(language)) }
                if endpoint.pending > 0, let next = endpoint.nextAttemptAt {
                    print("  " + StandardsText.lrsNextAttempt(ISO8601DateFormatter().string(from: next)).text(language))
                }
            }
        }
    }

    /// `leerpad lrs deliver --lrs URL`.
    struct DeliverCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "deliver",
            abstract: "Send what the outbox holds for the LRS and is due (all of it with --all).",
            discussion: "Run it from cron after an outage, or use 'leerpad export xapi --lrs URL' to queue and send.")

        @OptionGroup var lrs: LRSOptions
        @Flag(help: "Do not wait for the backoff: try every pending statement now.") var all = false
        @Option(name: .customLong("lang"), help: "Language: nl (default) or en.") var language: Language = .default
        @OptionGroup var app: AppOptions

        func run() async throws {
            guard let connection = lrs.connection() else { throw ValidationError("give --lrs URL") }
            let leerpad = try app.leerpad()
            let report: LRSDeliveryReport
            do {
                report = try await leerpad.deliverPending(to: connection, all: all)
            } catch {
                printError(error.message(in: language))
                throw ExitCode.failure
            }
            try LRSCommand.report(report, language: language)
        }
    }

    /// Prints `report`; a delivery that left statements pending with an error exits 1.
    static func report(_ report: LRSDeliveryReport, language: Language) throws {
        Swift.print(
            StandardsText.lrsReport(queued: report.queued, delivered: report.delivered, pending: report.pending).text(
                language))
        if let error = report.lastError {
            printError(StandardsText.lrsLastError(error).text(language))
            throw ExitCode.failure
        }
    }
}
