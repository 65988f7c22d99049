import ArgumentParser
import Foundation
import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadExport
import LeerpadStore

/// `leerpad export xapi|badges|csv`: progress for a Learning Record Store, badge wallets or Excel.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export progress: xAPI statements, Open Badges 3.0 credentials (unsigned), or CSV for Excel.",
        discussion: """
            xapi: a JSON array of xAPI 1.0.3 statements (the team as a Group actor, ADL verbs; corrections \
            become voiding statements). badges: OpenBadgeCredential JSON per earned badge, not signed — the \
            export says so. csv: semicolon-separated UTF-8 with a byte-order mark, one row per team (or per \
            event with --events).
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable { case xapi, badges, csv }

    @Argument(help: "xapi, badges or csv.") var kind: Kind
    @Option(help: "Only this team (default: all teams).") var team: String?
    @Option(help: "Write to this file instead of standard output.") var out: String?
    @Flag(help: "With csv: one row per event (the XP ledger) instead of one per team.") var events = false
    @Option(help: "The base of the IRIs Leerpad mints.") var baseURL: String = "https://leerpad.example"
    @Option(name: .customLong("lang"), help: "Language of names: nl (default) or en.") var language: Language = .default
    @OptionGroup var app: AppOptions

    func run() throws {
        let leerpad = try app.leerpad()
        let reports = try UseCase.run(language) { () throws(AppError) in
            if let team { return [try leerpad.report(for: try leerpad.team(named: team))] }
            return try leerpad.reports()
        }
        let exports = CoordinatorExports(reports, leerpad: leerpad)
        let text: String
        switch kind {
        case .xapi: text = try JSONOutput.encode(exports.xapi(baseURL: baseURL)) + "\n"
        case .badges:
            text = try JSONOutput.encode(exports.badges(baseURL: baseURL, in: language)) + "\n"
            printError(language.text(.unsignedBadges))
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
