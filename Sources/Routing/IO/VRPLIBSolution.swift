/// A solution read from a VRPLIB `.sol` file (`Route #k: …` lines and `Cost N`).
public struct VRPLIBSolution: Sendable, Equatable {
    /// Routes of customer numbers as written (CVRPLIB numbers customers 1…n−1, depot excluded).
    public var routes: [[Int]]
    /// The `Cost` line.
    public var cost: Double
}

/// Parses VRPLIB `.sol` files.
public enum VRPLIBSolutionReader {
    /// Reads and parses the file at `path`.
    public static func read(path: String) throws(RoutingInputError) -> VRPLIBSolution {
        try parse(TextFile.read(path), file: path)
    }

    /// Parses the text of a `.sol` file; `file` is used in error messages.
    public static func parse(_ text: String, file: String) throws(RoutingInputError) -> VRPLIBSolution {
        var routes: [[Int]] = []
        var cost: Double?
        for (index, rawLine) in TextFile.lines(text).enumerated() {
            let lineNumber = index + 1
            let line = rawLine.trimmingCharacters(in: .whitespacesAndTabs)
            if line.isEmpty { continue }
            let lower = line.lowercased()
            if lower.hasPrefix("route") {
                guard let colon = line.firstIndex(of: ":") else {
                    throw .malformedLine(
                        file: file, line: lineNumber, field: "Route", problem: .expectedLayout("Route #k: c1 c2 …"))
                }
                var route: [Int] = []
                for token in line[line.index(after: colon)...].split(whereSeparator: { $0 == " " || $0 == "\t" }) {
                    guard let customer = Int(token), customer > 0 else {
                        throw .invalidValue(
                            file: file, line: lineNumber, field: "Route", value: String(token),
                            expected: .positiveCustomerNumber)
                    }
                    route.append(customer)
                }
                routes.append(route)
            } else if lower.hasPrefix("cost") {
                let value = line.dropFirst(4).trimmingCharacters(in: .whitespacesAndTabs)
                guard let parsed = Double(value), parsed.isFinite else {
                    throw .invalidValue(file: file, line: lineNumber, field: "Cost", value: value, expected: .number)
                }
                cost = parsed
            }
        }
        guard let cost else { throw .missing(file: file, part: .lines("Cost")) }
        guard !routes.isEmpty else { throw .missing(file: file, part: .lines("Route")) }
        return VRPLIBSolution(routes: routes, cost: cost)
    }
}
