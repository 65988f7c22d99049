/// Splits delimited text (CSV with `,` or `;`) into records, handling a UTF-8 BOM, CRLF line
/// ends and double-quoted fields with doubled quotes inside.
public enum DelimitedText {
    /// One record with the 1-based line number where it starts.
    public struct Record: Sendable, Equatable {
        /// Line number of the record's first character.
        public let line: Int
        /// The fields, unquoted.
        public let fields: [String]
    }

    /// Guesses the separator from the first non-empty line: `;` when it contains one outside quotes, else `,`.
    public static func detectSeparator(_ text: String) -> Character {
        var inQuotes = false
        for ch in text {
            if ch == "\"" { inQuotes.toggle() }
            if ch == "\n" || ch == "\r" { break }
            if !inQuotes && ch == ";" { return ";" }
        }
        return ","
    }

    /// Parses `text` into records; blank lines are skipped.
    /// - Throws: ``SeriesReadError/unterminatedQuote(line:)``.
    /// - Complexity: O(length of text).
    public static func parse(_ text: String, separator: Character) throws -> [Record] {
        var chars = Substring(text)
        if chars.first == "\u{FEFF}" { chars = chars.dropFirst() }
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var fieldWasQuoted = false
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].trimmingWhitespace().isEmpty && !fieldWasQuoted) {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields = []
            field = ""
            fieldWasQuoted = false
        }
        var iterator = chars.makeIterator()
        var pending: Character? = nil
        while let ch = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if ch == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" {
                            field.append("\"")
                        } else {
                            inQuotes = false
                            pending = next
                        }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if ch == "\n" || ch == "\r\n" { line += 1 }
                    field.append(ch)
                }
                continue
            }
            switch ch {
            case "\"" where field.trimmingWhitespace().isEmpty:
                inQuotes = true
                fieldWasQuoted = true
                field = ""
            case separator:
                fields.append(field)
                field = ""
                fieldWasQuoted = false
            case "\n", "\r\n", "\r":
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(ch)
            }
        }
        if inQuotes { throw SeriesReadError.unterminatedQuote(line: recordLine) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
