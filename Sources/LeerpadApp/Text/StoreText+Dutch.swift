import Foundation
import LeerpadCore
import LeerpadStore

extension StoreText {
    /// The text in Dutch.
    public var dutch: String {
        switch self {
        case .database(let location): "Database: \(location)"
        case .schemaVersion(let version, let latest): "Schemaversie \(version) van \(latest)"
        case .pending(let names):
            "Nog niet toegepast: \(names.joined(separator: "; ")) — voer ‘leerpad store migrate’ uit."
        case .newerSchema: "Deze database is bijgewerkt door een nieuwere versie van Leerpad; werk Leerpad bij."
        case .rows(let table, let count): "  \(Self.dutchName(table)): \(count)"
        case .migrated(let applied, let version):
            "\(applied) \(applied == 1 ? "migratie" : "migraties") toegepast; schemaversie nu \(version)."
        case .upToDate(let version): "Het schema is bij (versie \(version)); niets te doen."
        case .copiedFrom(let source, let target): "Gekopieerd van \(source) naar \(target):"
        case .compared(let teams, let events):
            "Vergeleken: \(teams) \(teams == 1 ? "team" : "teams"), \(events) \(events == 1 ? "gebeurtenis" : "gebeurtenissen")."
        case .difference(let team, let what, let source, let copy):
            "Verschil bij \(team == "*" ? "de hele database" : "team ‘\(team)’"), \(Self.dutchField(what)): bron \(source), kopie \(copy)"
        case .copyFaithful: "De kopie klopt: per team dezelfde gebeurtenissen, XP, rang en badges."
        case .differencesFound(let count): "\(count) \(count == 1 ? "verschil" : "verschillen") gevonden."
        case .verified(let teams, let events, let compared, let stale):
            "\(teams) \(teams == 1 ? "team" : "teams") opnieuw berekend uit \(events) \(events == 1 ? "gebeurtenis" : "gebeurtenissen"); \(compared) bewaarde \(compared == 1 ? "stand" : "standen") vergeleken, \(stale) verouderd (worden bij de volgende weergave vervangen)."
        case .mismatch(let team, let field, let kept, let derived):
            "Team ‘\(team)’, \(Self.dutchField(field)): bewaard \(kept), uit het logboek \(derived)"
        case .sound: "Alles klopt: elke bewaarde stand is gelijk aan wat het logboek geeft."
        case .mismatchesFound(let count): "\(count) \(count == 1 ? "afwijking" : "afwijkingen") gevonden."
        case .sameDatabase: "Bron en doel zijn dezelfde database."
        case .noDatabase(let path): "Er is geen database op \(path)."
        case .notEmpty(let location, let table):
            "\(location) is niet leeg (er zijn al \(Self.dutchName(table))); kopieer alleen naar een lege database."
        }
    }

    private static func dutchName(_ table: StoreTable) -> String {
        switch table {
        case .team: "teams"
        case .account: "accounts"
        case .coordinatorSession: "sessies"
        case .assessment: "metingen"
        case .answer: "antwoorden"
        case .learningPath: "geaccepteerde leerpaden"
        case .round: "meetrondes"
        case .roundResponse: "ronde-inzendingen"
        case .progressEvent: "gebeurtenissen in het logboek"
        case .teamDeletion: "verwijderde teams"
        case .issuerKey: "ondertekensleutels"
        case .issuedCredential: "uitgegeven badges"
        case .lrsOutbox: "xAPI-berichten in de wachtrij"
        case .lrsEndpoint: "LRS-instellingen"
        case .catalogue: "geüploade catalogi"
        }
    }

    /// A compared value's name (`xp`, `level`, …, or `rows in TABLE`) in this language.
    private static func dutchField(_ key: String) -> String {
        if key.hasPrefix("rows in "), let table = StoreTable(rawValue: String(key.dropFirst(8))) {
            return "rijen in " + dutchName(table).trimmingCharacters(in: .whitespaces)
        }
        return switch key {
        case "xp": "XP"
        case "level": "rang"
        case "badges": "badges"
        case "events": "gebeurtenissen"
        case "lastGainAt": "laatste XP-winst"
        case "team": "teamgegevens"
        default: key
        }
    }
}
