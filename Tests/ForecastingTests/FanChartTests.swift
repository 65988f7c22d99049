import Foundation
import Testing

@testable import Forecasting

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The time-axis labels of a chart: text and x, read back from the SVG's `g.time-axis`.
final class TimeAxisReader: NSObject, XMLParserDelegate {
    var labels: [(text: String, x: Double, y: Double)] = []
    var root: [String: String] = [:]
    private var depth = 0
    private var axisDepth: Int?
    private var inText = false

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        depth += 1
        if name == "svg" { root = attributes }
        if name == "g" && attributes["class"] == "time-axis" { axisDepth = depth }
        inText = false
        if name == "text", axisDepth != nil, let x = attributes["x"].flatMap(Double.init),
            let y = attributes["y"].flatMap(Double.init)
        {
            #expect(attributes["text-anchor"] == "middle")
            labels.append(("", x, y))
            inText = true
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { labels[labels.count - 1].text += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if axisDepth == depth { axisDepth = nil }
        depth -= 1
        inText = false
    }
}

/// Collects element names and `class` attributes while parsing.
final class SVGCollector: NSObject, XMLParserDelegate {
    var elements: [String: Int] = [:]
    var pathClasses: [String: Int] = [:]
    var texts: [String] = []
    private var inText = false

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements[name, default: 0] += 1
        if name == "path" { pathClasses[attributes["class"] ?? "", default: 0] += 1 }
        if name == "text" {
            inText = true
            texts.append("")
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text" { inText = false }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { texts[texts.count - 1] += string }
    }
}

@Suite("SVG fan chart")
struct FanChartTests {
    static let labels = FanChartLabels(
        title: "Vraag <test> & zo", valueAxis: "Aantal", timeAxis: "Maand", history: "Waargenomen",
        forecast: "Voorspelling",
        band80: "80 %", band95: "95 %", backtest: "Terugtoets",
        monthNames: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
        notes: ["MAPE 5,1 %"], decimalSeparator: ",", groupingSeparator: ".")

    @Test("Well-formed SVG with two bands, history, forecast and one path per backtest fold")
    func structure() throws {
        let y = IntervalTests.seasonalSeries(seed: 3, n: 60)
        let series = TimeSeries(values: y, seasonLength: 12, start: YearMonth(year: 2019, month: 1))
        let report = try ForecastReport.make(series: series, horizon: 12, method: .ets)
        let svg = FanChart(labels: Self.labels).render(
            history: y, start: series.start, forecast: report.forecast, backtest: report.backtest)
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = SVGCollector()
        parser.delegate = collector
        #expect(parser.parse(), "SVG must be well-formed XML")
        #expect(collector.elements["svg"] == 1)
        #expect(collector.pathClasses["band95"] == 1)
        #expect(collector.pathClasses["band80"] == 1)
        #expect(collector.pathClasses["history"] == 1)
        #expect(collector.pathClasses["forecast"] == 1)
        #expect(collector.pathClasses["backtest"] == report.backtest?.folds.count)
        #expect(collector.texts.contains("Vraag <test> & zo"))
        #expect(collector.texts.contains("jan 2020"))
        #expect(collector.texts.contains("MAPE 5,1 %"))
        #expect(collector.texts.contains { $0.hasPrefix("Voorspelling ETS(") })
    }

    @Test("Without dates and backtest the chart still parses and uses index ticks")
    func undated() throws {
        let f = try Naive2.forecast([1, 2, 3, 4, 5, 6], seasonLength: 1, horizon: 3)
        let svg = FanChart(labels: Self.labels).render(history: [1, 2, 3, 4, 5, 6], start: nil, forecast: f)
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = SVGCollector()
        parser.delegate = collector
        #expect(parser.parse())
        #expect(collector.pathClasses["backtest"] == nil)
        #expect(collector.pathClasses["band80"] == 1)
    }

    @Test("Nice ticks are round numbers covering the range")
    func ticks() {
        #expect(FanChart.niceTicks(0, 97, count: 6) == [0, 20, 40, 60, 80, 100])
        #expect(FanChart.niceTicks(1.2, 1.9, count: 6).first! <= 1.2)
    }

    /// The tick labels (the axis title, which sits lower, left out) of a chart of `months` months.
    static func timeLabels(months: Int, width: Double, height: Double = 540, inline: Bool) throws -> (
        labels: [(text: String, x: Double, y: Double)], root: [String: String]
    ) {
        let y = IntervalTests.seasonalSeries(seed: 5, n: months)
        let forecast = try Naive2.forecast(y, seasonLength: 12, horizon: 12)
        var chart = FanChart(labels: Self.labels)
        chart.width = width
        chart.height = height
        let start = YearMonth(year: 2005, month: 1)
        let svg =
            inline
            ? chart.renderInline(history: y, start: start, forecast: forecast)
            : chart.render(history: y, start: start, forecast: forecast)
        let reader = TimeAxisReader()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = reader
        #expect(parser.parse())
        let tickRow = try #require(reader.labels.map(\.y).min())
        return (reader.labels.filter { $0.y == tickRow }, reader.root)
    }

    @Test(
        "A 20-year series: time labels at least their width apart, inside the chart",
        arguments: [(960.0, false), (640, true), (390, true)])
    func longSeries(width: Double, inline: Bool) throws {
        let (labels, root) = try Self.timeLabels(months: 240, width: width, inline: inline)
        #expect(labels.count >= 4, "\(labels.map(\.text))")
        let sorted = labels.sorted { $0.x < $1.x }
        for (a, b) in zip(sorted, sorted.dropFirst()) {
            let needed = (FanChart.labelWidth(a.text) + FanChart.labelWidth(b.text)) / 2
            #expect(b.x - a.x >= needed, "\(a.text) at \(a.x) and \(b.text) at \(b.x) are closer than \(needed)")
        }
        for label in labels {
            #expect(label.x - FanChart.labelWidth(label.text) / 2 >= 0)
            #expect(label.x + FanChart.labelWidth(label.text) / 2 <= width)
        }
        // 21 years do not fit as "jan 2005" every year: the ticks are whole years.
        #expect(labels.allSatisfy { Int($0.text) != nil }, "\(labels.map(\.text))")
        #expect((root["width"] == nil) == inline && root["viewBox"] != nil)
    }

    @Test("A two-year series on a wide chart keeps month names, January with its year")
    func shortSeries() throws {
        let (labels, _) = try Self.timeLabels(months: 24, width: 960, inline: false)
        #expect(labels.contains { $0.text == "jan 2006" })
        #expect(labels.contains { $0.text == "apr" || $0.text == "jul" })
        let sorted = labels.sorted { $0.x < $1.x }
        for (a, b) in zip(sorted, sorted.dropFirst()) {
            #expect(b.x - a.x >= (FanChart.labelWidth(a.text) + FanChart.labelWidth(b.text)) / 2)
        }
    }
}
