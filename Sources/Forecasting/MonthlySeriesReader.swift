import DelimitedText
import Foundation

/// Reads monthly `date,value` CSV as written by hand or by Dutch Excel (`;` separators, decimal
/// commas, BOM, CRLF, quotes), with ``DelimitedTextReader`` and ``DelimitedNumber`` (a decimal
/// comma only with `;`). Gaps, duplicates, non-numeric values, numbers beyond ±10¹⁵ and numbers
/// that mean two things (`1.234` in a `;` file) are errors, never guessed.
public enum MonthlySeriesReader {
    /// The largest magnitude a value may have: ``Forecaster/maximumMagnitude``.
    public static var maximumMagnitude: Double { Forecaster.maximumMagnitude }

    /// Parses CSV text into a monthly series (season length 12) with its start month.
    /// A first line whose date does not parse is taken as the header.
    /// - Throws: ``SeriesReadError`` naming line and field.
    public static func parse(_ text: String) throws -> TimeSeries {
        let table = try SeriesReadError.reading(text, separator: nil)
        let separator = table.separator
        var records = table.records
        if let first = records.first, parseDate(first.fields[0].value) == nil, first.fields.count >= 2,
            DelimitedNumber.readings(first.fields[1].value, separator: separator).isEmpty
        {
            records.removeFirst()
        }
        guard !records.isEmpty else { throw SeriesReadError.empty }
        var values: [Double] = []
        var start: YearMonth?
        var previous: YearMonth?
        for r in records {
            var fields = r.trimmedValues
            while fields.count > 2, fields.last?.isEmpty == true { fields.removeLast() }
            guard fields.count == 2 else {
                throw SeriesReadError.wrongFieldCount(line: r.line, expected: 2, got: fields.count)
            }
            let dateText = fields[0]
            guard !dateText.isEmpty else { throw SeriesReadError.missingValue(line: r.line, field: 1) }
            guard let month = parseDate(dateText) else {
                throw SeriesReadError.invalidDate(line: r.line, field: 1, text: dateText)
            }
            let valueText = fields[1]
            guard !valueText.isEmpty else { throw SeriesReadError.missingValue(line: r.line, field: 2) }
            let readings = DelimitedNumber.readings(valueText, separator: separator)
            guard let v = readings.first else {
                throw SeriesReadError.invalidNumber(line: r.line, field: 2, text: valueText)
            }
            guard readings.count == 1 else {
                throw SeriesReadError.ambiguousNumber(line: r.line, field: 2, text: valueText, readings: readings)
            }
            guard abs(v) <= maximumMagnitude else {
                throw SeriesReadError.valueOutOfRange(line: r.line, field: 2, text: valueText, limit: maximumMagnitude)
            }
            if let p = previous {
                if month.ordinal <= p.ordinal {
                    throw SeriesReadError.outOfOrder(line: r.line, previous: p, found: month)
                }
                if month.ordinal != p.ordinal + 1 {
                    throw SeriesReadError.gap(line: r.line, expected: p.adding(months: 1), found: month)
                }
            } else {
                start = month
            }
            previous = month
            values.append(v)
        }
        return TimeSeries(values: values, seasonLength: 12, start: start)
    }

    /// Reads and parses a file.
    public static func read(path: String) throws -> TimeSeries {
        guard FileManager.default.fileExists(atPath: path) else { throw SeriesReadError.fileNotFound(path: path) }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw SeriesReadError.unreadable(path: path, reason: error.localizedDescription)
        }
        guard let text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1) else {
            throw SeriesReadError.unreadable(path: path, reason: "not text")
        }
        return try parse(text)
    }

    /// `YYYY-MM` or `YYYY-MM-DD` (also with `/`), nil otherwise.
    public static func parseDate(_ raw: String) -> YearMonth? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let parts = text.split(separator: text.contains("/") ? "/" : "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count),
            let y = Int(parts[0]), let m = Int(parts[1])
        else { return nil }
        if parts.count == 3 {
            guard (1...2).contains(parts[2].count), let d = Int(parts[2]), (1...31).contains(d) else { return nil }
        }
        return YearMonth(year: y, month: m)
    }
}
