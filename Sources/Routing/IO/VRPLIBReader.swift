/// Parses VRPLIB `.vrp` files (CVRP with `EDGE_WEIGHT_TYPE : EUC_2D`, one depot).
///
/// The depot must be the first node in `NODE_COORD_SECTION`; it becomes index 0 and the
/// other nodes follow in file order.
public enum VRPLIBReader {
    /// Reads and parses the file at `path`.
    public static func read(path: String) throws(RoutingInputError) -> VRPLIBInstance {
        try parse(TextFile.read(path), file: path)
    }

    /// Parses the text of a `.vrp` file; `file` is used in error messages.
    public static func parse(_ text: String, file: String) throws(RoutingInputError) -> VRPLIBInstance {
        var parser = VRPLIBParser(file: file)
        for (index, rawLine) in TextFile.lines(text).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndTabs)
            if line.isEmpty { continue }
            if line == "EOF" { break }
            try parser.consume(line, lineNumber: index + 1)
        }
        return try parser.instance()
    }
}

extension Character {
    var isSpaceOrTab: Bool { self == " " || self == "\t" }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    func trimmingCharacters(in _: WhitespaceSet) -> String {
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isSpaceOrTab { start = index(after: start) }
        while end > start, self[index(before: end)].isSpaceOrTab { end = index(before: end) }
        return String(self[start..<end])
    }
}

/// Marker for trimming spaces and tabs without Foundation.
enum WhitespaceSet { case whitespacesAndTabs }
