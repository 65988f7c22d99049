/// CSV as Dutch Excel opens it directly: semicolons, CRLF and a UTF-8 byte-order mark.
enum SpreadsheetCSV {
    /// The table with `header` and `rows`, fields quoted where needed.
    static func render(header: [String], rows: [[String]]) -> String {
        "\u{FEFF}" + ([header] + rows).map { $0.map(quote).joined(separator: ";") }.joined(separator: "\r\n") + "\r\n"
    }

    private static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
