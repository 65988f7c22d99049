/// CSV as Dutch Excel opens it directly — semicolons, CRLF and a UTF-8 byte-order mark — and safe
/// to open: a cell that would start a formula is defused. Every CSV export goes through here.
public enum SpreadsheetCSV {
    /// The table with `header` and `rows`, each cell through ``cell(_:)``.
    public static func render(header: [String], rows: [[String]]) -> String {
        "\u{FEFF}" + ([header] + rows).map { $0.map(cell).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
    }

    /// One cell: a leading `=`, `+`, `-` or `@` that is not a plain number gets a `'` (formula
    /// injection); a cell with `;`, `"` or a line break is quoted, its quotes doubled.
    public static func cell(_ text: String) -> String {
        var value = text
        if let first = value.first, "=+-@\t\r".contains(first), Double(value) == nil { value = "'" + value }
        guard value.contains(where: { ";\"\n\r".contains($0) }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
