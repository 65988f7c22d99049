/// Splits delimited text (CSV with `,` or `;`) into fields, honouring double quotes.
enum DelimitedText {
    /// The separator used by a header line: `;` when present, otherwise `,`.
    static func separator(forHeader header: Substring) -> Character {
        header.contains(";") ? ";" : ","
    }

    /// Fields of one line, trimmed, with surrounding quotes removed (`""` is a quote).
    static func fields(_ line: Substring, separator: Character) -> [String] {
        var fields: [String] = []
        var current = ""
        var quoted = false
        var iterator = line.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" {
                            current.append("\"")
                        } else {
                            quoted = false
                            pending = next
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    current.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == separator {
                fields.append(current.trimmingCharacters(in: .whitespacesAndTabs))
                current = ""
            } else {
                current.append(c)
            }
        }
        fields.append(current.trimmingCharacters(in: .whitespacesAndTabs))
        return fields
    }

    /// Parses a number, accepting a decimal comma when the separator is `;`.
    static func number(_ text: String, separator: Character) -> Double? {
        var text = text
        if separator == ";" { text = text.replacingOccurrences(of: ",", with: ".") }
        guard let value = Double(text), value.isFinite else { return nil }
        return value
    }
}

extension String {
    /// Replaces every occurrence of `target` (a single character string) by `replacement`.
    func replacingOccurrences(of target: Character, with replacement: Character) -> String {
        String(map { $0 == target ? replacement : $0 })
    }

    func replacingOccurrences(of target: String, with replacement: String) -> String {
        guard let t = target.first, target.count == 1, let r = replacement.first, replacement.count == 1 else {
            return self
        }
        return replacingOccurrences(of: t, with: r)
    }
}
