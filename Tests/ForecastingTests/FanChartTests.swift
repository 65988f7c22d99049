import Foundation
import Testing

@testable import Forecasting

#if canImport(FoundationXML)
    import FoundationXML
#endif

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
}
