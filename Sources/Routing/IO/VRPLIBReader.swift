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
        var name = ""
        var dimension: Int?
        var capacity: Double?
        var vehicles: Int?
        var distanceLimit: Double?
        var coordinates: [Int: (Point, Int)] = [:]
        var demands: [Int: (Double, Int)] = [:]
        var depots: [Int] = []
        enum Section { case none, coordinates, demands, depots, ignored }
        var section = Section.none
        var order: [Int] = []

        func number(_ token: Substring, line: Int, field: String) throws(RoutingInputError) -> Double {
            guard let value = Double(token), value.isFinite else {
                throw .invalidValue(file: file, line: line, field: field, value: String(token), expected: "a number")
            }
            return value
        }
        func integer(_ token: Substring, line: Int, field: String) throws(RoutingInputError) -> Int {
            guard let value = Int(token) else {
                throw .invalidValue(file: file, line: line, field: field, value: String(token), expected: "an integer")
            }
            return value
        }

        for (index, rawLine) in TextFile.lines(text).enumerated() {
            let lineNumber = index + 1
            let line = rawLine.trimmingCharacters(in: .whitespacesAndTabs)
            if line.isEmpty { continue }
            if line == "EOF" { break }
            if let colon = line.firstIndex(of: ":") {
                let key = line[..<colon].trimmingCharacters(in: .whitespacesAndTabs).uppercased()
                let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndTabs)
                let token = Substring(value)
                section = .none
                switch key {
                case "NAME": name = value
                case "DIMENSION": dimension = try integer(token, line: lineNumber, field: key)
                case "CAPACITY": capacity = try number(token, line: lineNumber, field: key)
                case "VEHICLES": vehicles = try integer(token, line: lineNumber, field: key)
                case "DISTANCE": distanceLimit = try number(token, line: lineNumber, field: key)
                case "EDGE_WEIGHT_TYPE":
                    guard value.uppercased() == "EUC_2D" else {
                        throw .invalidValue(file: file, line: lineNumber, field: key, value: value, expected: "EUC_2D")
                    }
                case "TYPE":
                    guard value.uppercased().hasPrefix("CVRP") else {
                        throw .invalidValue(file: file, line: lineNumber, field: key, value: value, expected: "CVRP")
                    }
                default: break
                }
                continue
            }
            let upper = line.uppercased()
            if upper.hasSuffix("_SECTION") {
                switch upper {
                case "NODE_COORD_SECTION": section = .coordinates
                case "DEMAND_SECTION": section = .demands
                case "DEPOT_SECTION": section = .depots
                default: section = .ignored
                }
                continue
            }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            switch section {
            case .coordinates:
                guard fields.count >= 3 else {
                    throw .malformedLine(
                        file: file, line: lineNumber, field: "NODE_COORD_SECTION", detail: "expected 'node x y'")
                }
                let node = try integer(fields[0], line: lineNumber, field: "NODE_COORD_SECTION node")
                let x = try number(fields[1], line: lineNumber, field: "NODE_COORD_SECTION x")
                let y = try number(fields[2], line: lineNumber, field: "NODE_COORD_SECTION y")
                if coordinates[node] != nil {
                    throw .duplicate(
                        file: file, line: lineNumber, field: "NODE_COORD_SECTION node", value: String(node))
                }
                coordinates[node] = (Point(x: x, y: y), lineNumber)
                order.append(node)
            case .demands:
                guard fields.count >= 2 else {
                    throw .malformedLine(
                        file: file, line: lineNumber, field: "DEMAND_SECTION", detail: "expected 'node demand'")
                }
                let node = try integer(fields[0], line: lineNumber, field: "DEMAND_SECTION node")
                let demand = try number(fields[1], line: lineNumber, field: "DEMAND_SECTION demand")
                guard demand >= 0 else {
                    throw .invalidValue(
                        file: file, line: lineNumber, field: "DEMAND_SECTION demand", value: String(fields[1]),
                        expected: "a non-negative number")
                }
                demands[node] = (demand, lineNumber)
            case .depots:
                for field in fields {
                    let node = try integer(field, line: lineNumber, field: "DEPOT_SECTION")
                    if node >= 0 { depots.append(node) }
                }
            case .ignored:
                continue
            case .none:
                throw .malformedLine(
                    file: file, line: lineNumber, field: "header", detail: "expected 'KEY : value' or a section name")
            }
        }
        guard let capacity else { throw .missing(file: file, field: "CAPACITY") }
        guard capacity > 0 else {
            throw .inconsistent(file: file, field: "CAPACITY", detail: "must be positive")
        }
        guard !order.isEmpty else { throw .missing(file: file, field: "NODE_COORD_SECTION") }
        if let dimension, dimension != order.count {
            throw .inconsistent(
                file: file, field: "DIMENSION", detail: "says \(dimension) nodes, NODE_COORD_SECTION has \(order.count)"
            )
        }
        if depots.count > 1 {
            throw .inconsistent(
                file: file, field: "DEPOT_SECTION", detail: "only one depot is supported, found \(depots.count)")
        }
        if let depot = depots.first, depot != order[0] {
            throw .inconsistent(
                file: file, field: "DEPOT_SECTION", detail: "depot \(depot) must be the first node (\(order[0]))")
        }
        var demandList: [Double] = []
        for node in order {
            guard let (demand, _) = demands[node] else {
                throw .missing(file: file, field: "DEMAND_SECTION entry for node \(node)")
            }
            demandList.append(demand)
        }
        for (node, entry) in demands where coordinates[node] == nil {
            throw .invalidValue(
                file: file, line: entry.1, field: "DEMAND_SECTION node", value: String(node),
                expected: "a node listed in NODE_COORD_SECTION")
        }
        for (i, node) in order.enumerated() where i > 0 && demandList[i] > capacity {
            throw .invalidValue(
                file: file, line: demands[node]!.1, field: "DEMAND_SECTION demand", value: String(demandList[i]),
                expected: "at most CAPACITY \(capacity)")
        }
        demandList[0] = 0
        return VRPLIBInstance(
            name: name.isEmpty ? file : name, coordinates: order.map { coordinates[$0]!.0 },
            demands: demandList, capacity: capacity, nodeNumbers: order, vehicles: vehicles,
            maxRouteLength: distanceLimit)
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
