/// One record of a CSV file and the line it starts on.
struct CSVRecord: Equatable {
    var line: Int
    var fields: [String]
}

/// A small RFC 4180 reader: quoted fields with doubled quotes, separators and line breaks
/// inside quotes, LF or CRLF line ends. Blank lines are skipped.
enum CSVParser {
    /// Why a text is not valid CSV.
    enum Failure: Error, Equatable {
        case unterminatedQuote(line: Int)
        case textAfterClosingQuote(line: Int, field: Int)
    }

    /// The separator a header line uses: `;` when it has more semicolons than commas outside
    /// quotes (Dutch Excel), else `,`.
    static func detectSeparator(in text: Substring) -> Character {
        var commas = 0
        var semicolons = 0
        var quoted = false
        for character in text {
            if character == "\n" || character == "\r\n", !quoted { break }
            switch character {
            case "\"": quoted.toggle()
            case "," where !quoted: commas += 1
            case ";" where !quoted: semicolons += 1
            default: break
            }
        }
        return semicolons > commas ? ";" : ","
    }

    /// Splits `text` into records.
    /// - Complexity: O(*n*) in the length of the text.
    static func parse(_ text: Substring, separator: Character) throws(Failure) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var quoted = false
        var afterClosingQuote = false
        var recordHasContent = false

        func endRecord() {
            fields.append(field)
            if recordHasContent || fields.count > 1 || !field.isEmpty {
                records.append(CSVRecord(line: recordLine, fields: fields))
            }
            fields = []
            field = ""
            recordHasContent = false
            afterClosingQuote = false
        }

        for character in text {
            if quoted {
                if character == "\"" {
                    quoted = false
                    afterClosingQuote = true
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where afterClosingQuote:
                // A doubled quote inside a quoted field: `"a ""b"" c"`.
                field.append("\"")
                quoted = true
                afterClosingQuote = false
            case "\"" where field.isEmpty:
                quoted = true
                recordHasContent = true
            case separator:
                fields.append(field)
                field = ""
                afterClosingQuote = false
                recordHasContent = true
            case "\n", "\r\n", "\r":
                endRecord()
                line += 1
                recordLine = line
            default:
                if afterClosingQuote {
                    throw .textAfterClosingQuote(line: line, field: fields.count + 1)
                }
                field.append(character)
                recordHasContent = true
            }
        }
        if quoted { throw .unterminatedQuote(line: recordLine) }
        if recordHasContent || !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
