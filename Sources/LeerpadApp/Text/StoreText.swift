import LeerpadCore
import LeerpadStore

/// The words and sentences of `leerpad store migrate|status|copy|verify`.
///
/// The Dutch texts are in `StoreText+Dutch.swift`, the English ones in `StoreText+English.swift`.
public enum StoreText: TextCatalogue {
    case database(String)
    case schemaVersion(Int, latest: Int)
    case pending([String])
    case newerSchema
    case rows(StoreTable, Int)
    case migrated(applied: Int, version: Int)
    case upToDate(version: Int)
    case copiedFrom(source: String, target: String)
    case compared(teams: Int, events: Int)
    case difference(team: String, what: String, source: String, copy: String)
    case copyFaithful
    case differencesFound(Int)
    case verified(teams: Int, events: Int, compared: Int, stale: Int)
    case mismatch(team: String, field: String, kept: String, derived: String)
    case sound
    case mismatchesFound(Int)
    case sameDatabase
    case notEmpty(location: String, table: StoreTable)
    case noDatabase(path: String)
}
