import Foundation
import LeerpadCore
import LeerpadStore

extension StoreText {
    /// The text in English.
    public var english: String {
        switch self {
        case .database(let location): "Database: \(location)"
        case .schemaVersion(let version, let latest): "Schema version \(version) of \(latest)"
        case .pending(let names): "Not applied yet: \(names.joined(separator: "; ")) — run ‘leerpad store migrate’."
        case .newerSchema: "This database was upgraded by a newer version of Leerpad; upgrade Leerpad."
        case .rows(let table, let count): "  \(Self.englishName(table)): \(count)"
        case .migrated(let applied, let version):
            "\(applied) \(applied == 1 ? "migration" : "migrations") applied; schema version now \(version)."
        case .upToDate(let version): "The schema is up to date (version \(version)); nothing to do."
        case .copiedFrom(let source, let target): "Copied from \(source) to \(target):"
        case .compared(let teams, let events):
            "Compared: \(teams) \(teams == 1 ? "team" : "teams"), \(events) \(events == 1 ? "event" : "events")."
        case .difference(let team, let what, let source, let copy):
            "Difference for \(team == "*" ? "the whole database" : "team ‘\(team)’"), \(Self.englishField(what)): source \(source), copy \(copy)"
        case .copyFaithful: "The copy is faithful: per team the same events, XP, rank and badges."
        case .differencesFound(let count): "\(count) \(count == 1 ? "difference" : "differences") found."
        case .verified(let teams, let events, let compared, let stale):
            "\(teams) \(teams == 1 ? "team" : "teams") recomputed from \(events) \(events == 1 ? "event" : "events"); \(compared) kept \(compared == 1 ? "state" : "states") compared, \(stale) stale (replaced at the next view)."
        case .mismatch(let team, let field, let kept, let derived):
            "Team ‘\(team)’, \(Self.englishField(field)): kept \(kept), from the log \(derived)"
        case .sound: "All sound: every kept state equals what the log gives."
        case .mismatchesFound(let count): "\(count) \(count == 1 ? "mismatch" : "mismatches") found."
        case .sameDatabase: "Source and target are the same database."
        case .noDatabase(let path): "There is no database at \(path)."
        case .notEmpty(let location, let table):
            "\(location) is not empty (it holds \(Self.englishName(table)) already); copy only into an empty database."
        }
    }

    private static func englishName(_ table: StoreTable) -> String {
        switch table {
        case .team: "teams"
        case .account: "accounts"
        case .coordinatorSession: "sessions"
        case .assessment: "measurements"
        case .answer: "answers"
        case .learningPath: "accepted learning paths"
        case .round: "measurement rounds"
        case .roundResponse: "round responses"
        case .progressEvent: "events in the log"
        case .teamDeletion: "deleted teams"
        case .issuerKey: "signing keys"
        case .issuedCredential: "badges issued"
        case .lrsOutbox: "xAPI statements queued"
        case .lrsEndpoint: "LRS settings"
        case .catalogue: "uploaded catalogues"
        }
    }

    /// A compared value's name (`xp`, `level`, …, or `rows in TABLE`) in this language.
    private static func englishField(_ key: String) -> String {
        if key.hasPrefix("rows in "), let table = StoreTable(rawValue: String(key.dropFirst(8))) {
            return "rows in " + englishName(table).trimmingCharacters(in: .whitespaces)
        }
        return switch key {
        case "xp": "XP"
        case "level": "rank"
        case "badges": "badges"
        case "events": "events"
        case "lastGainAt": "last XP gain"
        case "team": "team data"
        default: key
        }
    }
}
