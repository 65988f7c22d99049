/// Parses numbers as spreadsheets write them: `1234.5`, Dutch `1.234,5` or `1234,5`, with optional spaces.
public enum NumberParsing {
    /// The value, or nil when the text is not a plain decimal number.
    /// With `decimalComma`, `,` is the decimal mark and `.` a thousands separator;
    /// otherwise `.` is the decimal mark and a lone `,` followed by 1–2 or 4+ digits is also read as decimal.
    public static func parse(_ raw: String, decimalComma: Bool) -> Double? {
        var s = raw.trimmingWhitespace().replacingOccurrences(of: "\u{00A0}", with: "").replacingOccurrences(
            of: " ", with: "")
        guard !s.isEmpty else { return nil }
        if decimalComma {
            if s.contains(",") {
                s = s.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
            } else if s.split(separator: ".").count > 2 {
                s = s.replacingOccurrences(of: ".", with: "")
            }
        } else if s.contains(",") && !s.contains(".") {
            s = s.replacingOccurrences(of: ",", with: ".")
        }
        let allowed = Set("0123456789.-+eE")
        guard s.allSatisfy({ allowed.contains($0) }), let v = Double(s), v.isFinite else { return nil }
        return v
    }
}
