import ArgumentParser
import Foundation
import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadExport
import LeerpadStore

/// `leerpad export xapi|badges|csv`: progress for a Learning Record Store, badge wallets or Excel.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export progress: xAPI statements (or send them to an LRS), signed Open Badges 3.0, or CSV.",
        discussion: """
            xapi: a JSON array of xAPI 1.0.3 statements (the team as a Group actor, ADL verbs; corrections \
            become voiding statements); with --lrs URL they are queued in the database's outbox and sent \
            to URL/statements instead (see 'leerpad lrs status'). badges: per team, each earned badge as an \
            OpenBadgeCredential signed as a VC-JWT (EdDSA) by the installation's key, made on first use \
            and kept in the database; verify with 'leerpad badge verify'. csv: semicolon-separated UTF-8 \
            with a byte-order mark, one row per team (or per event with --events).
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable { case xapi, badges, csv }

    @Argument(help: "xapi, badges or csv.") var kind: Kind
    @Option(help: "Only this team (default: all teams).") var team: String?
    @Option(help: "Write to this file instead of standard output.") var out: String?
    @Flag(help: "With csv: one row per event (the XP ledger) instead of one per team.") var events = false
    @OptionGroup var issuer: IssuerOptions
    @OptionGroup var lrs: LRSOptions
    @Option(name: .customLong("lang"), help: "Language of names: nl (default) or en.") var language: Language = .default
    @OptionGroup var app: AppOptions

    var baseURL: String { issuer.base() }

    func validate() throws {
        if lrs.lrs != nil, kind != .xapi { throw ValidationError("--lrs goes with 'export xapi' only") }
    }

    func run() async throws {
        let leerpad = try app.leerpad()
        let reports = try UseCase.run(language) { () throws(AppError) in
            if let team { return [try leerpad.report(for: try leerpad.team(named: team))] }
            return try leerpad.reports()
        }
        let exports = CoordinatorExports(reports, leerpad: leerpad)
        let text: String
        switch kind {
        case .xapi:
            if let connection = lrs.connection() {
                let report: LRSDeliveryReport
                do {
                    report = try await leerpad.sendStatements(of: reports, baseURL: baseURL, to: connection)
                } catch {
                    printError(error.message(in: language))
                    throw ExitCode.failure
                }
                try LRSCommand.report(report, language: language)
                return
            }
            text = try JSONOutput.encode(exports.xapi(baseURL: baseURL)) + "\n"
        case .badges:
            let signed = try UseCase.run(language) { () throws(AppError) in
                try exports.badges(issuer: issuer.issuer, in: language)
            }
            text = try JSONOutput.encode(signed) + "\n"
            printError(
                StandardsText.badgesSigned(
                    count: signed.map(\.credentials.count).reduce(0, +), issuer: issuer.issuer.did
                )
                .text(language))
        case .csv: text = events ? exports.ledgerCSV(in: language) : exports.teamsCSV(in: language)
        }
        if let out {
            do {
                try text.write(toFile: out, atomically: true, encoding: .utf8)
            } catch {
                printError("\(out): \(error.localizedDescription)")
                throw ExitCode.failure
            }
        } else {
            print(text, terminator: "")
        }
    }
}
