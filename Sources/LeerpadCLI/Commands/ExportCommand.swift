import ArgumentParser
import Foundation
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
    @OptionGroup var store: StoreOptions
    @OptionGroup var contentOptions: ContentOptions
    @OptionGroup var recommendationOptions: RecommendationOptions

    func run() throws {
        let database = try store.open()
        let content = try recommendationOptions.bundle(contentOptions)
        let teams = try StoreAccess.reporting { () throws(StoreError) -> [Team] in
            if let team { return [try database.team(named: team)] }
            return try database.teams()
        }
        var progress: [(Team, TeamProgress, [ProgressEvent])] = []
        for team in teams {
            let events = try StoreAccess.reporting { () throws(StoreError) in try database.events(teamID: team.id) }
            progress.append((team, try StoreAccess.progress(of: team, store: database, content: content), events))
        }
        let text: String
        switch kind {
        case .xapi:
            let exporter = XAPIExporter(baseURL: baseURL)
            let statements = progress.flatMap { team, progress, events in
                exporter.statements(
                    team: ExportTeam(id: team.id, name: team.name, municipality: team.municipality), events: events,
                    badges: progress.state.badges,
                    badgeNames: Dictionary(uniqueKeysWithValues: content.game.badges.map { ($0.id, $0.name) }),
                    moduleTitles: Dictionary(uniqueKeysWithValues: content.catalogue.modules.map { ($0.id, $0.title) }),
                    useCaseTitles: Dictionary(uniqueKeysWithValues: content.useCases.map { ($0.id, $0.title) }))
            }
            text = try JSONOutput.encode(statements) + "\n"
        case .badges:
            let exporter = BadgeExporter(baseURL: baseURL)
            let exports = progress.map { team, progress, _ in
                exporter.credentials(
                    team: ExportTeam(id: team.id, name: team.name, municipality: team.municipality),
                    earned: progress.state.badges, definitions: content.game.badges, model: content.model,
                    language: language)
            }
            text = try JSONOutput.encode(exports) + "\n"
            printError(
                language == .dutch
                    ? "Let op: de badges zijn niet ondertekend (geen proof); een verifier kan ze nog niet controleren."
                    : "Note: the badges are not signed (no proof); verifiers cannot check them yet.")
        case .csv:
            text = events ? ledgerSpreadsheet(progress) : teamSpreadsheet(progress, content: content)
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

    private func teamSpreadsheet(_ rows: [(Team, TeamProgress, [ProgressEvent])], content: ContentBundle) -> String {
        let nl = language == .dutch
        let header =
            nl
            ? [
                "team", "gemeente", "omvang", "xp", "niveau", "niveaunaam", "badges", "reeks weken", "gebeurtenissen",
                "modules afgerond", "scans",
            ]
            : [
                "team", "municipality", "size", "xp", "level", "level name", "badges", "streak weeks", "events",
                "modules completed", "assessments",
            ]
        return SpreadsheetCSV.render(
            header: header,
            rows: rows.map { team, progress, _ in
                let state = progress.state
                return [
                    team.name, team.municipality, "\(team.size)", "\(state.xp)", "\(state.level.number)",
                    state.level.name[language], state.badges.map(\.badgeID).joined(separator: ", "),
                    "\(state.streakWeeks)",
                    "\(state.events)", "\(state.completedModules.count)", "\(progress.assessments)",
                ]
            })
    }

    private func ledgerSpreadsheet(_ rows: [(Team, TeamProgress, [ProgressEvent])]) -> String {
        let nl = language == .dutch
        let header =
            nl
            ? ["team", "gebeurtenis", "soort", "onderwerp", "moment", "xp", "reden"]
            : ["team", "event", "kind", "target", "at", "xp", "reason"]
        let formatter = ISO8601DateFormatter()
        return SpreadsheetCSV.render(
            header: header,
            rows: rows.flatMap { team, progress, events in
                let awards = Dictionary(
                    progress.state.ledger.map { ($0.eventID, $0) }, uniquingKeysWith: { first, _ in first })
                return events.map { event in
                    [
                        team.name, "\(event.id)", event.activity.kind, event.activity.target,
                        formatter.string(from: event.occurredAt), "\(awards[event.id]?.points ?? 0)",
                        awards[event.id]?.reason ?? "",
                    ]
                }
            })
    }
}
