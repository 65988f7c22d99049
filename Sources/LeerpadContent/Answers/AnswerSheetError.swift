import Foundation
import LeerpadCore

/// Why an answer sheet (a survey export in CSV) could not be read. Every case names the
/// file, and where it applies the line (1 = the header) and the column.
public enum AnswerSheetError: Error, LocalizedError, Sendable, Equatable {
    /// The file does not exist.
    case notFound(file: String)
    /// The file could not be read.
    case unreadable(file: String, reason: String)
    /// The file has no header and no rows.
    case empty(file: String)
    /// The file is not UTF-8 text (binary data, another encoding) at `line`.
    case notText(file: String, line: Int)
    /// The file is larger than the reader accepts.
    case tooLarge(file: String, bytes: Int, limit: Int)
    /// The header lacks a required column.
    case missingColumn(file: String, name: String)
    /// A header column is neither `respondent`, `team`, `role` nor a statement of the model.
    case unknownColumn(file: String, column: Int, name: String)
    /// A header column appears twice.
    case duplicateColumn(file: String, column: Int, name: String)
    /// The header names no statement of the model at all.
    case noKnownStatement(file: String)
    /// A row has a different number of fields than the header (often a separator mix-up).
    case fieldCount(file: String, line: Int, expected: Int, found: Int, separator: Character)
    /// A quoted field is never closed.
    case unterminatedQuote(file: String, line: Int)
    /// Text follows the closing quote of a quoted field.
    case textAfterQuote(file: String, line: Int, column: Int)
    /// An answer is not 1–5, empty or "weet niet".
    case invalidAnswer(file: String, line: Int, column: Int, statement: String, value: String)
    /// A row has no respondent code.
    case missingRespondent(file: String, line: Int)
    /// A respondent code is used on two rows.
    case duplicateRespondent(file: String, line: Int, respondent: String, firstLine: Int)

    /// The file the error is about.
    public var file: String {
        switch self {
        case .notFound(let file), .unreadable(let file, _), .empty(let file), .notText(let file, _),
            .tooLarge(let file, _, _),
            .missingColumn(let file, _), .unknownColumn(let file, _, _), .duplicateColumn(let file, _, _),
            .noKnownStatement(let file), .fieldCount(let file, _, _, _, _), .unterminatedQuote(let file, _),
            .textAfterQuote(let file, _, _), .invalidAnswer(let file, _, _, _, _),
            .missingRespondent(let file, _), .duplicateRespondent(let file, _, _, _):
            file
        }
    }

    /// Where in the file: line and column, 0 when not applicable.
    public var location: (line: Int, column: Int) {
        switch self {
        case .notFound, .unreadable, .empty, .tooLarge: (0, 0)
        case .notText(_, let line): (line, 0)
        case .missingColumn, .noKnownStatement: (1, 0)
        case .unknownColumn(_, let column, _), .duplicateColumn(_, let column, _): (1, column)
        case .fieldCount(_, let line, _, _, _), .unterminatedQuote(_, let line): (line, 0)
        case .textAfterQuote(_, let line, let column): (line, column)
        case .invalidAnswer(_, let line, let column, _, _): (line, column)
        case .missingRespondent(_, let line): (line, 1)
        case .duplicateRespondent(_, let line, _, _): (line, 1)
        }
    }

    /// The message in `language`, prefixed with `file:line:column:` where a location applies.
    public func message(in language: Language) -> String {
        let (line, column) = location
        let prefix = line == 0 ? "\(file): " : "\(file):\(line):\(column): "
        return prefix + explanation(in: language)
    }

    public var errorDescription: String? { message(in: .default) }

    private func explanation(in language: Language) -> String {
        let nl = language == .dutch
        switch self {
        case .notFound:
            return nl ? "bestand niet gevonden" : "no such file"
        case .unreadable(_, let reason):
            return nl ? "kan niet gelezen worden: \(reason)" : "cannot be read: \(reason)"
        case .empty:
            return nl
                ? "het bestand is leeg; verwacht een kopregel met respondent en stellingen"
                : "the file is empty; expected a header with respondent and statements"
        case .notText:
            return nl
                ? "dit is geen UTF-8-tekstbestand (binaire gegevens of een andere codering); sla het op als CSV UTF-8"
                : "this is not a UTF-8 text file (binary data or another encoding); save it as CSV UTF-8"
        case .tooLarge(_, let bytes, let limit):
            return nl
                ? "het bestand is \(bytes) bytes; hooguit \(limit) bytes toegestaan"
                : "the file is \(bytes) bytes; at most \(limit) bytes are accepted"
        case .missingColumn(_, let name):
            return nl ? "de kolom '\(name)' ontbreekt in de kopregel" : "the header has no '\(name)' column"
        case .unknownColumn(_, _, let name):
            return nl
                ? "onbekende kolom '\(name)': geen respondent, team, role of stelling-id van het model"
                : "unknown column '\(name)': not respondent, team, role or a statement id of the model"
        case .duplicateColumn(_, _, let name):
            return nl
                ? "de kolom '\(name)' staat twee keer in de kopregel"
                : "the column '\(name)' appears twice in the header"
        case .noKnownStatement:
            return nl
                ? "de kopregel noemt geen enkele stelling van het model" : "the header names no statement of the model"
        case .fieldCount(_, _, let expected, let found, let separator):
            return nl
                ? "\(found) velden, de kopregel heeft er \(expected) (scheidingsteken '\(separator)'; zijn komma en puntkomma gemengd?)"
                : "\(found) fields where the header has \(expected) (separator '\(separator)'; are comma and semicolon mixed?)"
        case .unterminatedQuote:
            return nl ? "een aanhalingsteken wordt niet gesloten" : "a quoted field is never closed"
        case .textAfterQuote:
            return nl ? "tekst na het sluitende aanhalingsteken" : "text after the closing quote"
        case .invalidAnswer(_, _, _, let statement, let value):
            return nl
                ? "stelling \(statement): '\(value)' is geen antwoord; gebruik 1–5, leeg of 'weet niet'"
                : "statement \(statement): '\(value)' is not an answer; use 1–5, empty or 'weet niet'"
        case .missingRespondent:
            return nl ? "de respondentcode ontbreekt" : "the respondent code is missing"
        case .duplicateRespondent(_, _, let respondent, let firstLine):
            return nl
                ? "respondent '\(respondent)' staat ook al op regel \(firstLine)"
                : "respondent '\(respondent)' already appears on line \(firstLine)"
        }
    }
}
