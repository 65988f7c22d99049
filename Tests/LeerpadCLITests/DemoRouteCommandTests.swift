import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("leerpad demo route")
struct DemoRouteCommandTests {
    @Test("a scenario: fixed round against sensor-driven collection, with a map that parses")
    func scenario() throws {
        let svg = FileManager.default.temporaryDirectory.appendingPathComponent(
            "leerpad-route-\(UUID().uuidString).svg")
        defer { try? FileManager.default.removeItem(at: svg) }
        let result = try CommandRunner.run([
            "demo", "route", "Scenarios/afvalinzameling-hoeverveld", "--iterations", "1000", "--format", "json",
            "--svg",
            svg.path,
        ])
        #expect(result.status == 0, "\(result.errors)")
        let document = try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(document["feasible"] as? Bool == true)
        let fixed = try #require(document["fixedKm"] as? Double)
        let sensor = try #require(document["sensorKm"] as? Double)
        #expect(sensor < fixed)
        #expect(abs((document["savingKm"] as? Double ?? 0) - (fixed - sensor)) < 1e-6)
        #expect(abs((document["cost"] as? Double ?? 0) - sensor) < 1e-6)
        // Every container is either on a fixed route; the sensor routes and the skipped ones split them.
        let fixedRoutes = try #require(document["fixedRoutes"] as? [[String]])
        let routes = try #require(document["routes"] as? [[String]])
        let skipped = try #require(document["skipped"] as? [String])
        let all = Set(fixedRoutes.flatMap { $0 })
        #expect(all.count == 164)
        #expect(Set(routes.flatMap { $0 }).union(skipped) == all)
        #expect(Set(routes.flatMap { $0 }).isDisjoint(with: Set(skipped)))
        let parser = XMLParser(data: try Data(contentsOf: svg))
        #expect(parser.parse(), "the SVG map is well-formed XML")
    }

    @Test("a VRPLIB instance: cost, routes in the file's numbering, feasibility")
    func vrplib() throws {
        let result = try CommandRunner.run([
            "demo", "route", "--vrplib", "Tests/RoutingTests/Fixtures/tiny-n8-k3.vrp", "--seconds", "0.5", "--format",
            "json",
        ])
        #expect(result.status == 0, "\(result.errors)")
        let document = try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(document["feasible"] as? Bool == true)
        let routes = try #require(document["routes"] as? [[Int]])
        #expect(routes.flatMap { $0 }.sorted() == Array(2...8))  // the depot (node 1) left out
        #expect(document["cost"] is Int || document["cost"] is Double)
        #expect(document["seconds"] is Double)
    }

    @Test("bad input gives one message naming the file and line, and a non-zero exit")
    func badInput() throws {
        let result = try CommandRunner.run([
            "demo", "route", "--vrplib", "Tests/RoutingTests/Fixtures/broken-coordinate.vrp",
        ])
        #expect(result.status != 0)
        #expect(result.errors.contains("broken-coordinate.vrp:"), "\(result.errors)")
        #expect(!result.errors.contains("Fatal error"))
    }

    @Test("the same scenario gives the same rounds on every run")
    func reproducible() throws {
        var outputs: [[String: String]] = []
        for _ in 0..<2 {
            let result = try CommandRunner.run([
                "demo", "route", "Scenarios/afvalinzameling-hoeverveld", "--iterations", "800", "--format", "json",
            ])
            #expect(result.status == 0, "\(result.errors)")
            var document = try #require(
                JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
            document["seconds"] = nil
            outputs.append(document.mapValues { "\($0)" })
        }
        #expect(outputs[0] == outputs[1])
    }

    @Test("an enormous coordinate or node count is refused at once in the user's language, within the time limit")
    func extremes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leerpad-vrp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let header = "NAME : x\nTYPE : CVRP\nCAPACITY : 10\nEDGE_WEIGHT_TYPE : EUC_2D\n"
        let nodes = (1...3).map { "\($0) \($0 == 2 ? "1e300" : "\($0)") 5" }.joined(separator: "\n")
        let huge = header + "NODE_COORD_SECTION\n\(nodes)\nDEMAND_SECTION\n1 0\n2 1\n3 1\nDEPOT_SECTION\n1\n-1\nEOF\n"
        let many =
            header + "NODE_COORD_SECTION\n" + (1...2_001).map { "\($0) \($0 % 97) \($0 % 89)" }.joined(separator: "\n")
        let cases = [
            (
                "huge.vrp", huge, "nl",
                "huge.vrp:7: veld ‘NODE_COORD_SECTION x’: ongeldige waarde ‘1e300’, verwacht: een coördinaat tussen −10.000.000 en 10.000.000"
            ),
            (
                "huge.vrp", huge, "en",
                "huge.vrp:7: field 'NODE_COORD_SECTION x': invalid value '1e300', expected a coordinate between −10000000 and 10000000"
            ),
            ("many.vrp", many, "nl", "meer dan 2.000 knooppunten; de demo rekent met hoogstens 2.000"),
        ]
        for (name, text, language, message) in cases {
            let file = folder.appendingPathComponent(name)
            try text.write(to: file, atomically: true, encoding: .utf8)
            let started = ContinuousClock.now
            let result = try CommandRunner.run([
                "demo", "route", "--vrplib", file.path, "--seconds", "1", "--lang", language,
            ])
            #expect(ContinuousClock.now - started < .seconds(30))
            #expect(result.status == 1)
            #expect(result.errors.contains(message), "\(result.errors)")
        }
    }
}

@Suite("demo route in the user's number style")
struct DemoRouteNumberStyleTests {
    @Test("Dutch output writes distances and loads with a decimal comma, English with a point")
    func decimalMark() throws {
        for (language, mark, other) in [("nl", ",", "."), ("en", ".", ",")] {
            let result = try CommandRunner.run([
                "demo", "route", "Scenarios/afvalinzameling-hoeverveld", "--iterations", "300", "--lang", language,
            ])
            #expect(result.status == 0, "\(result.errors)")
            let distances = result.output.matches(of: /(\d+)([.,])(\d) km/).map { String($0.output.2) }
            #expect(!distances.isEmpty, "\(result.output)")
            #expect(distances.allSatisfy { $0 == mark }, "\(language): \(distances)")
            #expect(!distances.contains(other))
        }
    }
}
