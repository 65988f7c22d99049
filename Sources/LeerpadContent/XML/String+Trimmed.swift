extension String {
    /// The text with leading and trailing whitespace removed and inner runs collapsed.
    var trimmed: String { split(whereSeparator: \.isWhitespace).joined(separator: " ") }
}
