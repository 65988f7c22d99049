import Foundation
import Routing
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Counts elements by name and class while checking that the document is well-formed.
final class SVGCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    var texts: [String] = []
    private var inText = false

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let key = attributes["class"].map { "\(name).\($0)" } ?? name
        counts[key, default: 0] += 1
        counts[name == key ? "\(name)#all" : "\(name)#all", default: 0] += 1
        inText = name == "text"
        if inText { texts.append("") }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { texts[texts.count - 1] += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        inText = false
    }

    static func parse(_ svg: String) -> SVGCounter? {
        let counter = SVGCounter()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = counter
        return parser.parse() ? counter : nil
    }
}

@Suite("SVG map")
struct SVGMapTests {
    @Test("well-formed, one path per route, one circle per customer, labels escaped")
    func structure() throws {
        let problem = RandomInstances.make(seed: 12, options: .init(customers: 25...25, optionalShare: 0.3))
        let result = RouteSolver(configuration: .init(seed: 1, timeLimit: nil, iterationLimit: 100)).solve(problem)
        let solution = result.solution
        let labels = SVGMapLabels(
            title: "Test <map> & \"routes\"", depot: "Depot", served: "Served", skipped: "Skipped",
            routes: solution.routes.indices.map { "Route \($0 + 1): \(solution.evaluation.routeLengths[$0]) km" },
            notes: ["Saving: 12 km (20 %)"])
        let svg = SVGMap(
            points: problem.coordinates!, routes: solution.routes, skipped: solution.evaluation.skipped, labels: labels
        )
        .render()
        let counter = try #require(SVGCounter.parse(svg))
        #expect(counter.counts["path.route"] == solution.routes.count)
        #expect(counter.counts["circle.served"] == solution.routes.joined().count)
        #expect(counter.counts["circle.skipped", default: 0] == solution.evaluation.skipped.count)
        #expect(
            (counter.counts["circle.served"] ?? 0) + (counter.counts["circle.skipped"] ?? 0) == problem.nodeCount - 1)
        #expect(counter.counts["rect.depot"] == 1)
        #expect(counter.texts.contains("Test <map> & \"routes\""))
        #expect(counter.texts.contains("Saving: 12 km (20 %)"))
    }

    @Test("a map without routes is still well-formed")
    func empty() throws {
        let svg = SVGMap(
            points: [Point(x: 0, y: 0)], routes: [], skipped: [],
            labels: .init(title: "t", depot: "d", served: "s", skipped: "k", routes: [])
        ).render()
        let counter = try #require(SVGCounter.parse(svg))
        #expect(counter.counts["path.route"] == nil)
    }
}
