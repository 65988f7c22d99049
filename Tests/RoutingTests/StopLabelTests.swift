import Foundation
import Routing
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The stop labels of a rendered map: text, centre and font size, read back from the SVG.
final class StopLabelReader: NSObject, XMLParserDelegate {
    struct Label {
        var text: String
        var x: Double
        var y: Double
        var fontSize: Double
        var box: StopLabelPlacer.Box {
            .init(
                centerX: x, centerY: y, width: StopLabelPlacer.textWidth(text, fontSize: fontSize), height: fontSize)
        }
    }

    var labels: [Label] = []
    var root: [String: String] = [:]
    var problems: [String] = []
    private var open: [[String: String]] = []
    private var inStop = false

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if name == "svg" && root.isEmpty { root = attributes }
        open.append(attributes)
        inStop = name == "text" && attributes["class"] == "stop"
        guard inStop else { return }
        /// An attribute of the element or, as SVG inherits it, of its nearest ancestor that has it.
        func inherited(_ name: String) -> String? { open.last { $0[name] != nil }?[name] }
        guard let x = attributes["x"].flatMap(Double.init), let y = attributes["y"].flatMap(Double.init),
            let size = inherited("font-size").flatMap(Double.init)
        else {
            problems.append("a stop label without x, y or font size: \(attributes)")
            return
        }
        if inherited("text-anchor") != "middle" || inherited("dominant-baseline") != "central" {
            problems.append("a stop label not centred on its point: \(attributes)")
        }
        labels.append(Label(text: "", x: x, y: y, fontSize: size))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inStop, !labels.isEmpty { labels[labels.count - 1].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
        inStop = false
    }

    static func read(_ svg: String) -> StopLabelReader? {
        let reader = StopLabelReader()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = reader
        return parser.parse() ? reader : nil
    }
}

@Suite("Stop labels do not overlap")
struct StopLabelTests {
    /// The pairs of labels whose text boxes overlap (none may).
    static func overlaps(_ labels: [StopLabelReader.Label]) -> [(String, String)] {
        var out: [(String, String)] = []
        for i in labels.indices {
            for j in labels.indices where j > i && labels[i].box.overlaps(labels[j].box) {
                out.append((labels[i].text, labels[j].text))
            }
        }
        return out
    }

    /// Reads both renderings of `map` and checks their labels.
    static func check(_ map: SVGMap, stops: Int) throws -> (document: Int, inline: Int) {
        var counts: [Int] = []
        for svg in [map.render(), map.renderInline()] {
            let reader = try #require(StopLabelReader.read(svg))
            #expect(reader.problems.isEmpty, "\(reader.problems.prefix(3))")
            #expect(reader.labels.count <= stops)
            #expect(reader.labels.allSatisfy { Int($0.text).map { (1...stops).contains($0) } ?? false })
            let pairs = overlaps(reader.labels)
            #expect(pairs.isEmpty, "overlapping stop labels: \(pairs.prefix(5))")
            counts.append(reader.labels.count)
        }
        return (counts[0], counts[1])
    }

    @Test("the bundled scenario: fixed round and sensor-driven, as a document and inline")
    func bundledScenario() throws {
        let scenario = try ScenarioReader.read(directory: ScenarioDemoTests.scenarioDirectory)
        let solver = RouteSolver(configuration: .init(seed: 1, timeLimit: nil, iterationLimit: 500))
        let comparison = try CollectionPlanner.compare(scenario.input, solver: solver)
        let points = [scenario.input.depot] + scenario.input.customers.map(\.position)
        for plan in [comparison.visitAll, comparison.fillDriven] {
            let routes = plan.customerRoutes.map { $0.map { $0 + 1 } }
            let map = SVGMap(
                points: points, routes: routes, skipped: plan.unvisitedCustomers.map { $0 + 1 },
                labels: .init(title: "t", depot: "d", served: "s", skipped: "k", routes: routes.map { _ in "r" }))
            let (document, inline) = try Self.check(map, stops: routes.joined().count)
            #expect(document > 0 && inline > 0, "some stops are numbered")
            let inlineSVG = try #require(StopLabelReader.read(map.renderInline()))
            #expect(inlineSVG.root["width"] == nil && inlineSVG.root["viewBox"] != nil, "sized by its viewBox")
        }
    }

    @Test("a dense synthetic cluster: most labels are left out, none overlap", arguments: [1, 2, 3] as [UInt64])
    func denseCluster(seed: UInt64) throws {
        var rng = Xoshiro256(seed: seed)
        // 400 containers in a 1 × 1 block next to a depot 100 away: a few pixels apart on the map.
        var points = [Point(x: 0, y: 0)]
        for _ in 0..<400 { points.append(Point(x: 100 + rng.nextUnit(), y: 100 + rng.nextUnit())) }
        let customers = Array(1...400)
        let routes = stride(from: 0, to: customers.count, by: 100).map { Array(customers[$0..<($0 + 100)]) }
        let map = SVGMap(
            points: points, routes: routes, skipped: [],
            labels: .init(title: "t", depot: "d", served: "s", skipped: "k", routes: routes.map { _ in "r" }))
        let (document, inline) = try Self.check(map, stops: 100)
        #expect(document < 400 && inline < 400)
        #expect(document > 0 && inline > 0)
    }

    @Test("the placer keeps labels inside the bounds and clear of obstacles")
    func placer() {
        let stops = (1...50).map { StopLabelPlacer.Stop(route: 1, stop: $0, x: 50, y: 50, text: String($0)) }
        let bounds = StopLabelPlacer.Box(minX: 0, minY: 0, maxX: 100, maxY: 100)
        let obstacle = StopLabelPlacer.Box(centerX: 50, centerY: 40, width: 100, height: 8)
        let labels = StopLabelPlacer.place(
            stops, fontSize: 10, markerRadius: 4, bounds: bounds, obstacles: [obstacle])
        #expect(!labels.isEmpty && labels.count <= 8, "eight places round one point")
        #expect(labels.first?.stop.stop == 1)
        for label in labels {
            #expect(bounds.contains(label.box) && !label.box.overlaps(obstacle))
        }
    }
}
