import DelimitedText
import Foundation

/// Problems found while reading series files; every case names the line (1-based) and field.
public enum SeriesReadError: Error, Equatable, Sendable {
    /// The input has no data lines.
    case empty
    /// A line has the wrong number of fields.
    case wrongFieldCount(line: Int, expected: Int, got: Int)
    /// A date is not `YYYY-MM` or `YYYY-MM-DD`.
    case invalidDate(line: Int, field: Int, text: String)
    /// A value is not a number.
    case invalidNumber(line: Int, field: Int, text: String)
    /// A value means two numbers (`1.234` in a `;` file: 1.234 or 1234); `readings` gives both.
    case ambiguousNumber(line: Int, field: Int, text: String, readings: [Double])
    /// A value is a number beyond what a monthly count can be (``MonthlySeriesReader/maximumMagnitude``).
    case valueOutOfRange(line: Int, field: Int, text: String, limit: Double)
    /// A value is empty.
    case missingValue(line: Int, field: Int)
    /// One or more months are missing between two lines.
    case gap(line: Int, expected: YearMonth, found: YearMonth)
    /// A month occurs twice or dates go backwards.
    case outOfOrder(line: Int, previous: YearMonth, found: YearMonth)
    /// A required column is absent from the header.
    case missingColumn(name: String)
    /// A field value is not allowed (for example an unknown series kind).
    case invalidField(line: Int, field: String, text: String, reason: String)
    /// A quoted field is not closed.
    case unterminatedQuote(line: Int)
    /// Text follows the closing quote of a quoted field (`"10"x`).
    case textAfterQuote(line: Int, field: Int)
    /// The file does not exist.
    case fileNotFound(path: String)
    /// A scenario folder holds no `.csv` file.
    case noCSVFile(folder: String)
    /// The file could not be read.
    case unreadable(path: String, reason: String)
}

extension SeriesReadError: LocalizedError {
    /// An English description naming line and field.
    public var errorDescription: String? {
        switch self {
        case .empty: return "The input contains no data lines."
        case .wrongFieldCount(let line, let expected, let got):
            return "Line \(line): expected \(expected) fields, found \(got)."
        case .invalidDate(let line, let field, let text):
            return "Line \(line), field \(field): '\(text)' is not a date (YYYY-MM or YYYY-MM-DD)."
        case .invalidNumber(let line, let field, let text):
            return "Line \(line), field \(field): '\(text)' is not a number."
        case .ambiguousNumber(let line, let field, let text, let readings):
            return
                "Line \(line), field \(field): '\(text)' can mean \(readings.map(DelimitedNumber.text).joined(separator: " or ")); write it without a thousands separator."
        case .valueOutOfRange(let line, let field, let text, let limit):
            return "Line \(line), field \(field): '\(text)' is beyond ±\(DelimitedNumber.text(limit))."
        case .missingValue(let line, let field): return "Line \(line), field \(field): the value is missing."
        case .gap(let line, let expected, let found):
            return "Line \(line), field 1: expected \(expected) but found \(found); months are missing."
        case .outOfOrder(let line, let previous, let found):
            return "Line \(line), field 1: \(found) does not follow \(previous)."
        case .missingColumn(let name): return "Header: the column '\(name)' is missing."
        case .invalidField(let line, let field, let text, let reason):
            return "Line \(line), field \(field): '\(text)' \(reason)."
        case .unterminatedQuote(let line): return "Line \(line): a quoted field is not closed."
        case .textAfterQuote(let line, let field):
            return "Line \(line), field \(field): text follows the closing quote."
        case .fileNotFound(let path): return "The file \(path) does not exist."
        case .noCSVFile(let folder): return "The folder \(folder) holds no .csv file."
        case .unreadable(let path, let reason): return "Cannot read \(path): \(reason)."
        }
    }
}

extension SeriesReadError {
    /// The records of `text`, with the reader's syntax errors as series errors.
    static func reading(_ text: String, separator: FieldSeparator?) throws(SeriesReadError) -> DelimitedTable {
        do {
            return try DelimitedTextReader.read(text, separator: separator)
        } catch {
            switch error {
            case .unterminatedQuote(let line, _): throw .unterminatedQuote(line: line)
            case .textAfterClosingQuote(let line, let column): throw .textAfterQuote(line: line, field: column)
            }
        }
    }
}
