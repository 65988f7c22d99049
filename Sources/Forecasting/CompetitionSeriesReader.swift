import DelimitedText
import Foundation

/// One series from an M3/M4 style file: training values, test values and the horizon.
public struct CompetitionSeries: Sendable, Equatable {
    /// Series id, for example `N1402`.
    public let id: String
    /// Frequency kind as written (`yearly`, `quarterly`, `monthly`, `other`).
    public let kind: String
    /// Season length derived from the kind (1, 4, 12, 1).
    public let seasonLength: Int
    /// Forecast horizon.
    public let horizon: Int
    /// Training observations.
    public let train: [Double]
    /// Held-out observations (may be empty).
    public let test: [Double]
}

/// Reads the `sn,kind,n,h,x,xx` layout (x and xx are space-separated numbers).
public enum CompetitionSeriesReader {
    /// Season length for a kind name; nil for unknown kinds.
    public static func seasonLength(forKind kind: String) -> Int? {
        switch kind.lowercased() {
        case "yearly", "other": return 1
        case "quarterly": return 4
        case "monthly": return 12
        default: return nil
        }
    }

    /// Parses the file text.
    /// - Throws: ``SeriesReadError`` naming line and field.
    public static func parse(_ text: String) throws -> [CompetitionSeries] {
        let records = try SeriesReadError.reading(text, separator: .comma).records
        guard let header = records.first else { throw SeriesReadError.empty }
        let names = header.trimmedValues.map { $0.lowercased() }
        var col: [String: Int] = [:]
        for name in ["sn", "kind", "n", "h", "x", "xx"] {
            guard let i = names.firstIndex(of: name) else {
                if name == "xx" { continue }
                throw SeriesReadError.missingColumn(name: name)
            }
            col[name] = i
        }
        var out: [CompetitionSeries] = []
        for r in records.dropFirst() {
            guard r.fields.count == names.count else {
                throw SeriesReadError.wrongFieldCount(line: r.line, expected: names.count, got: r.fields.count)
            }
            func field(_ name: String) -> String { r.fields[col[name]!].trimmedValue }
            let kind = field("kind")
            guard let m = seasonLength(forKind: kind) else {
                throw SeriesReadError.invalidField(
                    line: r.line, field: "kind", text: kind, reason: "is not yearly, quarterly, monthly or other")
            }
            guard let n = Int(field("n")), n >= 1 else {
                throw SeriesReadError.invalidField(
                    line: r.line, field: "n", text: field("n"), reason: "is not a positive integer")
            }
            guard let h = Int(field("h")), h >= 1 else {
                throw SeriesReadError.invalidField(
                    line: r.line, field: "h", text: field("h"), reason: "is not a positive integer")
            }
            func numbers(_ name: String) throws -> [Double] {
                guard col[name] != nil else { return [] }
                return try field(name).split(separator: " ").enumerated().map { i, tok in
                    guard let v = plainNumber(tok) ?? DelimitedNumber.parse(tok, separator: .comma) else {
                        throw SeriesReadError.invalidField(
                            line: r.line, field: "\(name)[\(i + 1)]", text: String(tok), reason: "is not a number")
                    }
                    return v
                }
            }
            let x = try numbers("x")
            guard x.count == n else {
                throw SeriesReadError.invalidField(
                    line: r.line, field: "x", text: "\(x.count) values", reason: "does not match n = \(n)")
            }
            let xx = try numbers("xx")
            if !xx.isEmpty && xx.count != h {
                throw SeriesReadError.invalidField(
                    line: r.line, field: "xx", text: "\(xx.count) values", reason: "does not match h = \(h)")
            }
            out.append(CompetitionSeries(id: field("sn"), kind: kind, seasonLength: m, horizon: h, train: x, test: xx))
        }
        guard !out.isEmpty else { throw SeriesReadError.empty }
        return out
    }

    /// The value of a plain `[-]digits[.digits]` token (what M3 and M4 files hold), read without the
    /// general number rules; nil for anything else, which then goes through `DelimitedNumber`.
    static func plainNumber(_ token: Substring) -> Double? {
        var digits = 0
        var dots = 0
        var lastWasDigit = false
        for (i, byte) in token.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits += 1
                lastWasDigit = true
            case UInt8(ascii: "."):
                guard lastWasDigit, dots == 0 else { return nil }
                dots += 1
                lastWasDigit = false
            case UInt8(ascii: "-") where i == 0:
                lastWasDigit = false
            default:
                return nil
            }
        }
        guard digits > 0, lastWasDigit else { return nil }
        return Double(token)
    }

    /// Reads and parses a file.
    public static func read(path: String) throws -> [CompetitionSeries] {
        guard FileManager.default.fileExists(atPath: path) else { throw SeriesReadError.fileNotFound(path: path) }
        do {
            return try parse(String(contentsOfFile: path, encoding: .utf8))
        } catch let e as SeriesReadError {
            throw e
        } catch {
            throw SeriesReadError.unreadable(path: path, reason: error.localizedDescription)
        }
    }
}
