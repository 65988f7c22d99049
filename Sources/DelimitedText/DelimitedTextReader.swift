/// Splits delimited text (CSV, RFC 4180) into records and fields.
///
/// Accepted: `,` or `;` separators; a leading byte-order mark; LF, CRLF and CR line ends;
/// fields in double quotes, holding separators, line breaks and doubled quotes (`""`).
/// Spaces and tabs before an opening or after a closing quote are ignored; any other text
/// after a closing quote is an error. A quote inside an unquoted field is an ordinary
/// character. Blank lines (empty or only spaces and tabs) are skipped; every record knows the
/// line it starts on, every field its column and line.
public enum DelimitedTextReader {
    /// The records of `text`, split on `separator`, or on the separator of the header record
    /// (``FieldSeparator/detect(inHeaderOf:)``) when it is nil.
    /// - Throws: ``DelimitedTextError`` with the line and column of the first problem.
    /// - Complexity: O(length of the text).
    public static func read(_ text: String, separator: FieldSeparator? = nil) throws(DelimitedTextError)
        -> DelimitedTable
    {
        let separator = separator ?? FieldSeparator.detect(inHeaderOf: text)
        return DelimitedTable(separator: separator, records: try records(text, separator: separator.scalar))
    }

    /// Where the scanner is inside the current field.
    private enum State {
        /// Nothing but spaces or tabs read yet.
        case start
        /// Inside an unquoted field.
        case unquoted
        /// Between the quotes of a quoted field.
        case quoted
        /// After the closing quote.
        case afterQuote
    }

    private static func records(_ text: String, separator: Unicode.Scalar) throws(DelimitedTextError)
        -> [DelimitedRecord]
    {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        if index < scalars.endIndex, scalars[index] == "\u{FEFF}" { index = scalars.index(after: index) }
        var records: [DelimitedRecord] = []
        var fields: [DelimitedField] = []
        var value = String.UnicodeScalarView()
        var state = State.start
        var line = 1
        var fieldLine = 1
        var recordLine = 1

        func endField() {
            let quoted = state == .quoted || state == .afterQuote
            fields.append(
                DelimitedField(value: String(value), column: fields.count + 1, line: fieldLine, isQuoted: quoted))
            value = String.UnicodeScalarView()
            state = .start
            fieldLine = line
        }
        func endRecord() {
            endField()
            let blank = fields.count == 1 && !fields[0].isQuoted && fields[0].trimmedValue.isEmpty
            if !blank { records.append(DelimitedRecord(line: recordLine, fields: fields)) }
            fields = []
        }
        /// Consumes the LF of a CRLF pair after `scalar`; true when `scalar` ended a line.
        func endsLine(_ scalar: Unicode.Scalar) -> Bool {
            if scalar == "\n" { return true }
            guard scalar == "\r" else { return false }
            if index < scalars.endIndex, scalars[index] == "\n" {
                if state == .quoted { value.append("\n") }
                index = scalars.index(after: index)
            }
            return true
        }

        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            if state == .quoted {
                if scalar == "\"" {
                    if index < scalars.endIndex, scalars[index] == "\"" {
                        value.append("\"")
                        index = scalars.index(after: index)
                    } else {
                        state = .afterQuote
                    }
                } else {
                    value.append(scalar)
                    if endsLine(scalar) { line += 1 }
                }
                continue
            }
            if scalar == separator {
                endField()
            } else if endsLine(scalar) {
                endRecord()
                line += 1
                fieldLine = line
                recordLine = line
            } else {
                let space = scalar == " " || scalar == "\t"
                switch state {
                case .start where scalar == "\"":
                    value = String.UnicodeScalarView()
                    state = .quoted
                case .start, .unquoted:
                    value.append(scalar)
                    if !space { state = .unquoted }
                case .afterQuote:
                    if !space { throw .textAfterClosingQuote(line: line, column: fields.count + 1) }
                case .quoted:
                    break
                }
            }
        }
        if state == .quoted { throw .unterminatedQuote(line: fieldLine, column: fields.count + 1) }
        if !(fields.isEmpty && state == .start && value.isEmpty) { endRecord() }
        return records
    }
}
