/// The state of one `.vrp` parse: header values and the node sections read so far.
struct VRPLIBParser {
    enum Section { case none, coordinates, demands, depots, ignored }

    let file: String
    var name = ""
    var dimension: Int?
    var capacity: Double?
    var vehicles: Int?
    var distanceLimit: Double?
    var coordinates: [Int: (Point, Int)] = [:]
    var demands: [Int: (Double, Int)] = [:]
    var depots: [Int] = []
    var section = Section.none
    var order: [Int] = []

    init(file: String) { self.file = file }

    /// Reads one non-empty, trimmed line: a `KEY : value` header, a section name or a section entry.
    mutating func consume(_ line: String, lineNumber: Int) throws(RoutingInputError) {
        if let colon = line.firstIndex(of: ":") {
            let key = line[..<colon].trimmingCharacters(in: .whitespacesAndTabs).uppercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndTabs)
            section = .none
            try header(key, value, line: lineNumber)
            return
        }
        let upper = line.uppercased()
        if upper.hasSuffix("_SECTION") {
            switch upper {
            case "NODE_COORD_SECTION": section = .coordinates
            case "DEMAND_SECTION": section = .demands
            case "DEPOT_SECTION": section = .depots
            default: section = .ignored
            }
            return
        }
        let fields = line.split(whereSeparator: \.isSpaceOrTab)
        switch section {
        case .coordinates: try coordinate(fields, line: lineNumber)
        case .demands: try demand(fields, line: lineNumber)
        case .depots:
            for field in fields {
                let node = try integer(field, line: lineNumber, field: "DEPOT_SECTION")
                if node >= 0 { depots.append(node) }
            }
        case .ignored: return
        case .none:
            throw .malformedLine(file: file, line: lineNumber, field: "header", problem: .notHeaderOrSection)
        }
    }

    private mutating func header(_ key: String, _ value: String, line: Int) throws(RoutingInputError) {
        let token = Substring(value)
        switch key {
        case "NAME": name = value
        case "DIMENSION":
            let declared = try integer(token, line: line, field: key)
            guard declared <= RoutingProblem.maximumNodes else {
                throw .inconsistent(
                    file: file, field: key, problem: .tooManyNodes(found: declared, limit: RoutingProblem.maximumNodes))
            }
            dimension = declared
        case "CAPACITY": capacity = try number(token, line: line, field: key)
        case "VEHICLES": vehicles = try integer(token, line: line, field: key)
        case "DISTANCE": distanceLimit = try number(token, line: line, field: key)
        case "EDGE_WEIGHT_TYPE":
            guard value.uppercased() == "EUC_2D" else {
                throw .invalidValue(file: file, line: line, field: key, value: value, expected: .oneOf(["EUC_2D"]))
            }
        case "TYPE":
            guard value.uppercased().hasPrefix("CVRP") else {
                throw .invalidValue(file: file, line: line, field: key, value: value, expected: .oneOf(["CVRP"]))
            }
        default: break
        }
    }

    /// The fields of a section entry (`node value…`), after checking there are at least `count`.
    private func entry(
        _ fields: [Substring], count: Int, section: String, expected: String, line: Int
    ) throws(RoutingInputError) -> Int {
        guard fields.count >= count else {
            throw .malformedLine(file: file, line: line, field: section, problem: .expectedLayout(expected))
        }
        return try integer(fields[0], line: line, field: "\(section) node")
    }

    private mutating func coordinate(_ fields: [Substring], line: Int) throws(RoutingInputError) {
        let node = try entry(fields, count: 3, section: "NODE_COORD_SECTION", expected: "node x y", line: line)
        let x = try coordinate(fields[1], line: line, field: "NODE_COORD_SECTION x")
        let y = try coordinate(fields[2], line: line, field: "NODE_COORD_SECTION y")
        guard order.count < RoutingProblem.maximumNodes else {
            throw .inconsistent(
                file: file, field: "NODE_COORD_SECTION",
                problem: .tooManyNodes(found: order.count + 1, limit: RoutingProblem.maximumNodes))
        }
        if coordinates[node] != nil {
            throw .duplicate(file: file, line: line, field: "NODE_COORD_SECTION node", value: String(node))
        }
        coordinates[node] = (Point(x: x, y: y), line)
        order.append(node)
    }

    private mutating func demand(_ fields: [Substring], line: Int) throws(RoutingInputError) {
        let node = try entry(fields, count: 2, section: "DEMAND_SECTION", expected: "node demand", line: line)
        let demand = try number(fields[1], line: line, field: "DEMAND_SECTION demand")
        guard demand >= 0 else {
            throw .invalidValue(
                file: file, line: line, field: "DEMAND_SECTION demand", value: String(fields[1]),
                expected: .nonNegativeNumber)
        }
        demands[node] = (demand, line)
    }

    private func number(_ token: Substring, line: Int, field: String) throws(RoutingInputError) -> Double {
        guard let value = Double(token), value.isFinite, abs(value) <= RoutingProblem.maximumQuantity else {
            throw .invalidValue(
                file: file, line: line, field: field, value: String(token),
                expected: .numberIn(-RoutingProblem.maximumQuantity...RoutingProblem.maximumQuantity))
        }
        return value
    }

    /// A coordinate, at most ``RoutingProblem/maximumCoordinate`` from the origin in either direction.
    private func coordinate(_ token: Substring, line: Int, field: String) throws(RoutingInputError) -> Double {
        let limit = RoutingProblem.maximumCoordinate
        guard let value = Double(token), value.isFinite, abs(value) <= limit else {
            throw .invalidValue(
                file: file, line: line, field: field, value: String(token), expected: .coordinate(limit: limit))
        }
        return value
    }

    private func integer(_ token: Substring, line: Int, field: String) throws(RoutingInputError) -> Int {
        guard let value = Int(token) else {
            throw .invalidValue(file: file, line: line, field: field, value: String(token), expected: .integer)
        }
        return value
    }

    /// Checks the sections against each other and the header, and builds the instance.
    func instance() throws(RoutingInputError) -> VRPLIBInstance {
        guard let capacity else { throw .missing(file: file, part: .key("CAPACITY")) }
        guard capacity > 0 else {
            throw .inconsistent(file: file, field: "CAPACITY", problem: .mustBePositive)
        }
        guard !order.isEmpty else { throw .missing(file: file, part: .section("NODE_COORD_SECTION")) }
        if let dimension, dimension != order.count {
            throw .inconsistent(
                file: file, field: "DIMENSION", problem: .dimensionMismatch(declared: dimension, found: order.count))
        }
        if depots.count > 1 {
            throw .inconsistent(
                file: file, field: "DEPOT_SECTION", problem: .oneDepotOnly(found: depots.count))
        }
        if let depot = depots.first, depot != order[0] {
            throw .inconsistent(
                file: file, field: "DEPOT_SECTION", problem: .depotNotFirst(depot: depot, first: order[0]))
        }
        var demandList = try demandsInOrder(capacity: capacity)
        demandList[0] = 0
        return VRPLIBInstance(
            name: name.isEmpty ? file : name, coordinates: order.map { coordinates[$0]!.0 },
            demands: demandList, capacity: capacity, nodeNumbers: order, vehicles: vehicles,
            maxRouteLength: distanceLimit)
    }

    /// The demand of every node in coordinate order; each node needs one and no customer may exceed `capacity`.
    private func demandsInOrder(capacity: Double) throws(RoutingInputError) -> [Double] {
        var demandList: [Double] = []
        for node in order {
            guard let (demand, _) = demands[node] else {
                throw .missing(file: file, part: .demand(node: node))
            }
            demandList.append(demand)
        }
        for (node, entry) in demands where coordinates[node] == nil {
            throw .invalidValue(
                file: file, line: entry.1, field: "DEMAND_SECTION node", value: String(node),
                expected: .listedNode)
        }
        for (i, node) in order.enumerated() where i > 0 && demandList[i] > capacity {
            throw .invalidValue(
                file: file, line: demands[node]!.1, field: "DEMAND_SECTION demand", value: String(demandList[i]),
                expected: .atMost(key: "CAPACITY", value: capacity))
        }
        return demandList
    }
}
