import Foundation
import Routing
import Testing

enum Fixture {
    static func path(_ name: String) -> String {
        Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil)!.path
    }
}

@Suite("VRPLIB readers")
struct VRPLIBReaderTests {
    @Test("reads the fixture instance and its optimal solution")
    func readsFixture() throws {
        let instance = try VRPLIBReader.read(path: Fixture.path("tiny-n8-k3.vrp"))
        #expect(instance.name == "tiny-n8-k3")
        #expect(instance.coordinates.count == 8)
        #expect(instance.capacity == 10)
        #expect(instance.demands == [0, 4, 5, 6, 3, 4, 5, 6])
        #expect(instance.nodeNumbers == Array(1...8))
        let problem = try instance.problem()
        #expect(problem.distances[0, 1] == 57)  // √(40² + 40²) = 56.57 → 57
        let solution = try VRPLIBSolutionReader.read(path: Fixture.path("tiny-n8-k3.sol"))
        #expect(solution.cost == 392)
        // CVRPLIB numbers customers 1…n−1, which are our node indices.
        let evaluation = problem.evaluate(solution.routes)
        #expect(evaluation.isFeasible)
        #expect(evaluation.distance == solution.cost)
        #expect(BruteForce.optimum(problem) == solution.cost)
        let solved = RouteSolver(configuration: .init(seed: 4, timeLimit: nil, iterationLimit: 300)).solve(problem)
        #expect(solved.solution.distance == solution.cost)
    }

    @Test("names file, line and field of a bad coordinate")
    func badCoordinate() {
        let path = Fixture.path("broken-coordinate.vrp")
        #expect(
            throws: RoutingInputError.invalidValue(
                file: path, line: 8, field: "NODE_COORD_SECTION y", value: "abc",
                expected: .coordinate(limit: RoutingProblem.maximumCoordinate))
        ) {
            try VRPLIBReader.read(path: path)
        }
    }

    @Test(
        "reports problems in in-memory files",
        arguments: [
            (
                "NAME : x\nCAPACITY : 10\nNODE_COORD_SECTION\n1 0 0\n2 1 1\nDEMAND_SECTION\n1 0\n",
                "DEMAND_SECTION entry for node 2"
            ),
            ("NAME : x\nNODE_COORD_SECTION\n1 0 0\n", "CAPACITY"),
            ("NAME : x\nEDGE_WEIGHT_TYPE : EXPLICIT\n", "EDGE_WEIGHT_TYPE"),
            ("NAME : x\nCAPACITY : 5\nNODE_COORD_SECTION\n1 0 0\n2 1\n", "NODE_COORD_SECTION"),
            (
                "NAME : x\nCAPACITY : 5\nNODE_COORD_SECTION\n1 0 0\n2 1 1\nDEMAND_SECTION\n1 0\n2 9\n",
                "DEMAND_SECTION demand"
            ),
            (
                "NAME : x\nCAPACITY : 5\nDIMENSION : 3\nNODE_COORD_SECTION\n1 0 0\n2 1 1\nDEMAND_SECTION\n1 0\n2 1\n",
                "DIMENSION"
            ),
        ])
    func errors(text: String, field: String) {
        do {
            _ = try VRPLIBReader.parse(text, file: "mem.vrp")
            Issue.record("expected an error mentioning \(field)")
        } catch {
            #expect(error.description.contains("mem.vrp"))
            #expect(error.description.contains(field), "\(error.description)")
        }
    }

    @Test("solution reader rejects a bad customer and a missing cost")
    func solutionErrors() {
        #expect(
            throws: RoutingInputError.invalidValue(
                file: "s.sol", line: 2, field: "Route", value: "x", expected: .positiveCustomerNumber)
        ) {
            try VRPLIBSolutionReader.parse("Route #1: 1 2\nRoute #2: x\nCost 3\n", file: "s.sol")
        }
        #expect(throws: RoutingInputError.missing(file: "s.sol", part: .lines("Cost"))) {
            try VRPLIBSolutionReader.parse("Route #1: 1 2\n", file: "s.sol")
        }
    }
}

@Suite("Scenario reader")
struct ScenarioReaderTests {
    @Test("reads semicolon CSV with BOM, CRLF, decimal commas and percentages")
    func readsScenario() throws {
        let scenario = try ScenarioReader.read(directory: Fixture.path("scenario-small"))
        #expect(scenario.name == "Testdorp")
        #expect(scenario.vehicles == 2)
        #expect(scenario.input.customers.count == 8)
        #expect(scenario.input.customers.map(\.id) == ["A1", "A2", "A3", "B1", "B2", "B3", "C1", "C2"])
        #expect(scenario.input.customers[1].fill == 0.62)
        #expect(scenario.input.customers[3].fill == 0.9)
        #expect(scenario.projection != nil)
        #expect(scenario.input.depot == Point(x: 0, y: 0))
        // 0.005° latitude ≈ 0.553 km north.
        #expect(abs(scenario.input.customers[0].position.y - 0.553) < 0.01)
        #expect(scenario.input.distanceFactor == 1.3)
        #expect(scenario.input.maxRouteLength == 40)
    }

    static let settings = "depot = 1, 2\nvehicles = 2\nvehicle_capacity = 10\n"

    @Test(
        "CSV errors name file, line and field",
        arguments: [
            ("id,x,y,volume,fill\na,1,2,3,0.5\nb,1,oops,3,0.5\n", "c.csv:3: field 'y'"),
            ("id,x,y,volume,fill\na,1,2,3,170\n", "c.csv:2: field 'fill'"),
            ("id,x,y,volume,fill\na,1,2,-3,0.5\n", "c.csv:2: field 'volume'"),
            ("id,x,y,volume,fill\na,1,2,3,0.5\na,1,2,3,0.5\n", "c.csv:3: field 'id': duplicate"),
            ("id,x,y,volume,fill\na,1,2\n", "c.csv:2:"),
            ("id,x,volume,fill\na,1,2,3\n", "columns 'x' and 'y'"),
            ("id,x,y,volume,fill\na,1,2,30,0.5\n", "c.csv:2: field 'volume'"),
        ])
    func csvErrors(csv: String, expected: String) throws {
        let settings = try ScenarioReader.parseSettings(Self.settings, file: "s.conf")
        do {
            _ = try ScenarioReader.build(settings: settings, csv: csv, csvFile: "c.csv")
            Issue.record("expected an error containing \(expected)")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }

    @Test("a point before three digits in a semicolon file is read the one way the field allows, refused when both fit")
    func ambiguousPoint() throws {
        let settings = try ScenarioReader.parseSettings(Self.settings + "must_visit = 0,8\n", file: "s.conf")
        let scenario = try ScenarioReader.build(
            settings: settings, csv: "id;x;y;volume;fill\nA;1,5;2;3;1.050\n", csvFile: "c.csv")
        #expect(scenario.input.customers[0].fill == 1.05, "1050 % is no fill level, so 1.050 is 1.05")
        #expect(
            throws: RoutingInputError.invalidValue(
                file: "c.csv", line: 2, field: "x", value: "1.500", expected: .unambiguousNumber(readings: [1.5, 1500]))
        ) {
            try ScenarioReader.build(settings: settings, csv: "id;x;y;volume;fill\nA;1.500;2;3;0,5\n", csvFile: "c.csv")
        }
    }

    @Test("a quoted line break in a name field stays in the field; later lines keep their numbers")
    func quotedLineBreak() throws {
        let settings = try ScenarioReader.parseSettings(Self.settings, file: "s.conf")
        let csv =
            "id;name;x;y;volume;fill\r\nA1;\"Kerkstraat 1\r\n(achterom; bij de kerk)\";1,5;2;3;85%\r\nB1;Markt;2;1;4;0,5\r\n"
        let scenario = try ScenarioReader.build(settings: settings, csv: csv, csvFile: "c.csv")
        #expect(scenario.input.customers.map(\.id) == ["A1", "B1"])
        #expect(scenario.input.customers[0].position == Point(x: 1.5, y: 2))
        #expect(scenario.input.customers.map(\.fill) == [0.85, 0.5])
        do {
            _ = try ScenarioReader.build(
                settings: settings, csv: "id,name,x,y,volume,fill\na,\"two\nlines\",1,2,3,0.5\nb,c,1,oops,3,0.5\n",
                csvFile: "c.csv")
            Issue.record("expected an error on line 4")
        } catch {
            #expect(error.description.hasPrefix("c.csv:4: field 'y'"), "\(error.description)")
        }
    }

    @Test("an over-full bin (1.05 or 105 %) is mandatory, not skipped; past 150 % is a reading error")
    func overFull() throws {
        let settings = try ScenarioReader.parseSettings(Self.settings, file: "s.conf")
        let csv = "id,x,y,volume,fill\nA,1,2,3,1.05\nB,2,1,4,105%\nC,2,2,4,85\nD,3,3,1,0.2\n"
        let scenario = try ScenarioReader.build(settings: settings, csv: csv, csvFile: "c.csv")
        let fills = scenario.input.customers.map(\.fill)
        #expect(fills.map { ($0 * 100).rounded() } == [105, 105, 85, 20])
        let thresholds = SelectionThresholds(mustVisit: 0.8, optionalFrom: 0.6)
        #expect(
            fills.map { FillLevelSelection.classify(fill: $0, thresholds: thresholds) }
                == [.mandatory, .mandatory, .mandatory, .skipped])
        for bad in ["151", "151%", "-0.1"] {
            #expect(throws: RoutingInputError.self) {
                try ScenarioReader.build(
                    settings: settings, csv: "id,x,y,volume,fill\nA,1,2,3,\(bad)\n", csvFile: "c.csv")
            }
        }
    }

    @Test("an unclosed quote names file, line and column")
    func unterminatedQuote() throws {
        let settings = try ScenarioReader.parseSettings(Self.settings, file: "s.conf")
        #expect(
            throws: RoutingInputError.malformedLine(
                file: "c.csv", line: 3, field: "column 2", problem: .syntax(.unterminatedQuote(line: 3, column: 2)))
        ) {
            try ScenarioReader.build(
                settings: settings, csv: "id,name,x,y,volume,fill\na,b,1,2,3,0.5\nc,\"open,1,2,3,0.5\n",
                csvFile: "c.csv")
        }
    }

    @Test(
        "settings errors name file, line and key",
        arguments: [
            ("depot = 1, 2\nvehicles = zero\nvehicle_capacity = 10\n", "s.conf:2: field 'vehicles'"),
            ("depot = 1\nvehicles = 2\nvehicle_capacity = 10\n", "s.conf:1: field 'depot'"),
            ("depot = 1, 2\nvehicle_capacity = 10\n", "s.conf: missing key 'vehicles'"),
            (
                "depot = 1, 2\nvehicles = 2\nvehicle_capacity = 10\nmust_visit = 0.5\noptional_from = 0.7\n",
                "s.conf:5: field 'optional_from'"
            ),
            ("depot = 1, 2\nvehicles = 2\nthis line has no separator\n", "s.conf:3:"),
            ("depot = 1, 2\nvehicles = 2\nvehicles = 3\n", "s.conf:3: field 'vehicles': duplicate"),
        ])
    func settingsErrors(text: String, expected: String) {
        do {
            let settings = try ScenarioReader.parseSettings(text, file: "s.conf")
            _ = try ScenarioReader.build(settings: settings, csv: "id,x,y,volume,fill\na,1,2,3,0.5\n", csvFile: "c.csv")
            Issue.record("expected an error containing \(expected)")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }

    @Test("a missing folder is reported with its path")
    func missingFolder() {
        do {
            _ = try ScenarioReader.read(directory: "/nonexistent/place")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "/nonexistent/place/scenario.conf: cannot read file: no such file")
        }
    }
}
