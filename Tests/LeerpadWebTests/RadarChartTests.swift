import Foundation
import LeerpadContent
import LeerpadCore
import Testing

@testable import LeerpadWeb

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The elements of an XML fragment with their attributes, text and the classes of their ancestors.
final class ElementCollector: NSObject, XMLParserDelegate {
    struct Element {
        var name: String
        var attributes: [String: String]
        var ancestors: [String]
        var text = ""
        var classes: Set<String> { Set((attributes["class"] ?? "").split(separator: " ").map(String.init)) }
        func double(_ attribute: String) -> Double? { attributes[attribute].flatMap(Double.init) }
    }

    var elements: [Element] = []
    private var open: [Int] = []

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let ancestors = open.flatMap { index in
            [elements[index].name] + elements[index].classes.map { "\(elements[index].name).\($0)" }
        }
        elements.append(Element(name: name, attributes: attributes, ancestors: ancestors))
        open.append(elements.count - 1)
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        // Text belongs to the innermost open element, but a <title> inside <text> is not the label.
        for index in open where elements[index].name == "text" || elements[index].name == "li" {
            if elements[open.last!].name != "title" { elements[index].text += string }
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    /// The elements of `xml`, or `nil` when it is not well-formed.
    static func parse(_ xml: String) -> [Element]? {
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = ElementCollector()
        parser.delegate = collector
        return parser.parse() ? collector.elements : nil
    }
}

@Suite("Radar chart")
struct RadarChartTests {
    static let model: MaturityModel = try! ContentDirectory.locate().loadModel()

    /// One respondent answering every statement, 1 to 5 round the subdimensions, and "weet niet"
    /// to every statement of the subdimensions in `unknown`.
    static func assessment(unknown: Set<String>) -> Assessment {
        let statements = model.questionnaires.flatMap(\.statements)
        let numbers = Dictionary(model.subdimensions.map { ($0.id, $0.number) }, uniquingKeysWith: { a, _ in a })
        var answers: [String: Answer] = [:]
        for statement in statements {
            answers[statement.id] =
                unknown.contains(statement.subdimensionID)
                ? .dontKnow : .likert(1 + (numbers[statement.subdimensionID] ?? 0) % 5)
        }
        return AssessmentScoring.score([Response(respondent: "r1", answers: answers)], model: model)
    }

    static func render(_ current: Assessment, previous: Assessment? = nil, _ language: Language) throws
        -> [ElementCollector
        .Element]
    {
        let html = RadarChart.render(model: model, current: current, previous: previous, language: language)
        return try #require(ElementCollector.parse(html.markup), "the chart and its legend are well-formed XML")
    }

    @Test("an unknown subdimension is a gap: no vertex, the line broken there, its axis and legend entry marked")
    func unknownIsAGap() throws {
        let gap = Self.model.subdimensions[5]
        let assessment = Self.assessment(unknown: [gap.id])
        #expect(assessment.subdimension(gap.id)?.score == nil)
        let known = Self.model.subdimensions.filter { assessment.subdimension($0.id)?.score != nil }
        #expect(known.count == Self.model.subdimensions.count - 1)
        let elements = try Self.render(assessment, previous: assessment, .dutch)
        for series in ["g.current", "g.previous"] {
            let inSeries = elements.filter { $0.ancestors.contains(series) }
            let vertices = inSeries.filter { $0.name == "circle" && $0.classes.contains("vertex") }
            #expect(vertices.count == known.count)
            #expect(!vertices.contains { $0.attributes["data-subdimension"] == gap.id })
            // One gap leaves one open run of all the other vertices; no closed polygon jumps over it.
            let lines = inSeries.filter { $0.name == "path" && $0.classes.contains("line") }
            #expect(lines.count == 1)
            let d = try #require(lines.first?.attributes["d"])
            #expect(d.split(separator: "L").count == known.count)
            #expect(!inSeries.contains { $0.name == "polygon" })
        }
        let axis = try #require(elements.first { $0.name == "line" && $0.attributes["data-subdimension"] == gap.id })
        #expect(axis.classes.contains("unknown"))
        let legend = elements.filter { $0.name == "li" }
        #expect(legend.count == Self.model.subdimensions.count)
        let entry = try #require(legend.first { $0.attributes["value"] == String(gap.number) })
        #expect(entry.text.hasPrefix(gap.name[.dutch]) && entry.text.hasSuffix("onbekend"))
        #expect(legend.filter { $0.text.hasSuffix("onbekend") }.count == 1)
    }

    @Test(
        "the scale: five rings labelled 1 to 5, each score at its ring, a 1 off the centre",
        arguments: Language.allCases)
    func scale(language: Language) throws {
        let assessment = Self.assessment(unknown: [])
        let elements = try Self.render(assessment, language)
        let rings = elements.filter { $0.name == "polygon" && $0.classes.contains("ring") }
        #expect(rings.compactMap { $0.attributes["data-value"] } == ["1", "2", "3", "4", "5"])
        let ringLabels = elements.filter { $0.name == "text" && $0.classes.contains("ring-label") }
        #expect(ringLabels.map(\.text) == ["1", "2", "3", "4", "5"])
        // Everything known: one closed area, a vertex per subdimension at radius × score / 5.
        let current = elements.filter { $0.ancestors.contains("g.current") }
        #expect(current.filter { $0.name == "polygon" }.count == 1)
        let vertices = current.filter { $0.classes.contains("vertex") }
        #expect(vertices.count == Self.model.subdimensions.count)
        for vertex in vertices {
            let id = try #require(vertex.attributes["data-subdimension"])
            let score = try #require(assessment.subdimension(id)?.score)
            let dx = try #require(vertex.double("cx")) - RadarChart.center
            let dy = try #require(vertex.double("cy")) - RadarChart.center
            let distance = (dx * dx + dy * dy).squareRoot()
            #expect(abs(distance - RadarChart.radius * score / 5) < 0.2)
            #expect(distance >= RadarChart.radius / 5 - 0.2)
        }
        // Axis numbers with the names in the legend next to them, in the page's language.
        let axisLabels = elements.filter { $0.name == "text" && $0.classes.contains("axis-label") }
        #expect(axisLabels.map(\.text) == Self.model.subdimensions.map { String($0.number) })
        let legend = elements.filter { $0.name == "li" }
        #expect(legend.map { $0.attributes["value"] ?? "" } == Self.model.subdimensions.map { String($0.number) })
        for (entry, subdimension) in zip(legend, Self.model.subdimensions) {
            #expect(entry.text.hasPrefix(subdimension.name[language]))
        }
    }

    @Test("unknown runs: gaps split the axes into runs in axis order, wrapping round the end")
    func runs() {
        #expect(RadarChart.knownRuns([1, 2, 3]).closed)
        #expect(RadarChart.knownRuns([1, nil, 3, 4]).runs == [[2, 3, 0]])
        #expect(RadarChart.knownRuns([nil, 2, nil, 4, 5]).runs == [[1], [3, 4]])
        #expect(RadarChart.knownRuns([nil, nil]).runs.isEmpty)
        #expect(RadarChart.knownRuns([]).runs.isEmpty)
    }
}
