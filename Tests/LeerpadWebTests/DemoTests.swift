import Foundation
import HTTPTypes
import Testing

@testable import LeerpadWeb

@Suite("The workshop demos in the browser")
struct DemoTests {
    @Test("the demo page offers the route and forecast scenarios with labelled fields")
    func index() async throws {
        let fixture = try WebFixture(seed: false)
        try await fixture.run { agent in
            let page = try await agent.get("/demos")
            #expect(page.status == .ok)
            #expect(page.text.contains("<option value=\"afvalinzameling-hoeverveld\">"))
            #expect(page.text.contains("<option value=\"vraagvoorspelling-huishoudelijke-hulp\">"))
            for field in ["route-scenario", "must", "optional", "forecast-scenario", "method", "csv", "upload-method"] {
                #expect(page.text.contains("<label for=\"\(field)\">"), "label for \(field)")
            }
        }
    }

    @Test("the route demo shows fixed against sensor-driven km and a well-formed map")
    func route() async throws {
        let fixture = try WebFixture(seed: false)
        try await fixture.run { agent in
            let page = try await agent.get("/demos/route?scenario=afvalinzameling-hoeverveld&must=80&optional=60")
            #expect(page.status == .ok)
            #expect(
                page.text.contains("Vaste ronde") && page.text.contains("Sensorgestuurd")
                    && page.text.contains("Besparing"))
            // Two maps, fixed round and sensor-driven, each with every container.
            let svgs = XMLCheck.svgs(in: page.text).filter { $0.contains("class=\"route-map\"") }
            #expect(svgs.count == 2)
            for svg in svgs {
                let elements = try #require(XMLCheck.elements(svg))
                #expect(elements.filter { $0 == "circle" }.count >= 164)
            }
        }
    }

    @Test("the forecast demo shows the method, a fan chart and 12 months with intervals")
    func forecast() async throws {
        let fixture = try WebFixture(seed: false)
        try await fixture.run { agent in
            let page = try await agent.get(
                "/demos/forecast?scenario=vraagvoorspelling-huishoudelijke-hulp&method=theta")
            #expect(page.status == .ok)
            #expect(page.text.contains("Theta"))
            let svgs = XMLCheck.svgs(in: page.text)
            #expect(svgs.count == 1 && XMLCheck.elements(svgs[0]) != nil)
            #expect(page.text.components(separatedBy: "<tr><th scope=\"row\">").count - 1 == 12)
        }
    }

    @Test("a pasted series is forecast; a bad one gets a 422 naming the line and field")
    func pastedSeries() async throws {
        let fixture = try WebFixture(seed: false)
        try await fixture.run { agent in
            _ = try await agent.get("/demos")
            let rows = (0..<48).map { index in
                "20\(20 + index / 12)-\(index % 12 < 9 ? "0" : "")\(index % 12 + 1);\(100 + index + (index % 12) * 3)"
            }
            let good = try await agent.post(
                "/demos/forecast", [("csv", "date;value\n" + rows.joined(separator: "\n")), ("method", "auto")])
            #expect(good.status == .ok)
            let bad = try await agent.post(
                "/demos/forecast", [("csv", "date;value\n2024-01;5\n2024-02;x\n"), ("method", "auto")])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("3") && bad.text.contains("x"))
            let forged = try await agent.post("/demos/forecast", [("csv", "date;value\n2024-01;5\n")], csrf: "")
            #expect(forged.status == .forbidden)
        }
    }

    @Test(
        "bad demo requests are 4xx with a message, never a path outside Scenarios",
        arguments: [
            "/demos/route?scenario=../../etc&must=80&optional=60",
            "/demos/route?scenario=afvalinzameling-hoeverveld&must=50&optional=90",
            "/demos/route?scenario=afvalinzameling-hoeverveld&must=abc&optional=60", "/demos/forecast?scenario=teams",
            "/demos/forecast?scenario=vraagvoorspelling-huishoudelijke-hulp&method=magic",
        ])
    func badRequests(uri: String) async throws {
        let fixture = try WebFixture(seed: false)
        try await fixture.run { agent in
            let page = try await agent.get(uri)
            #expect(page.status == .badRequest, "\(uri)")
        }
    }

    @Test("the demos' JSON API: km and routes, forecast with ordered bounds, errors as {error, field}")
    func api() async throws {
        let fixture = try WebFixture(seed: false)
        try await fixture.run { agent in
            let route = try await agent.get("/api/demos/route?scenario=afvalinzameling-hoeverveld").json()
            let fixedKm = try #require(route["fixedKm"] as? Double)
            let sensorKm = try #require(route["sensorKm"] as? Double)
            #expect(sensorKm < fixedKm)
            #expect(route["feasible"] as? Bool == true)
            #expect((route["routes"] as? [[String]])?.isEmpty == false)
            let forecast = try await agent.get(
                "/api/demos/forecast?scenario=vraagvoorspelling-huishoudelijke-hulp&method=ets"
            ).json()
            let mean = try #require(forecast["forecast"] as? [Double])
            let lower = try #require(forecast["lower95"] as? [Double])
            let upper = try #require(forecast["upper95"] as? [Double])
            #expect(mean.count == 12)
            #expect(mean.indices.allSatisfy { lower[$0] <= mean[$0] && mean[$0] <= upper[$0] })
            #expect((forecast["method"] as? String)?.hasPrefix("ETS") == true)
            let error = try await agent.get("/api/demos/route?scenario=nope")
            #expect(error.status == .badRequest)
            let body = try error.json()
            #expect(body["field"] as? String == "scenario" && body["error"] is String)
        }
    }

    /// The `<main>` element of a page, parsed as XML (the pages' main content is well-formed).
    static func main(_ html: String) throws -> [ElementCollector.Element] {
        let start = try #require(html.range(of: "<main"))
        let end = try #require(html.range(of: "</main>"))
        let fragment = String(html[start.lowerBound..<end.upperBound])
        return try #require(ElementCollector.parse(fragment), "the main content is well-formed")
    }

    @Test(
        "the demo pages fit a phone: charts sized by their viewBox, tables scroll in their own box",
        arguments: [
            ("/demos/route?scenario=afvalinzameling-hoeverveld&must=80&optional=60", "route-map", 2),
            ("/demos/forecast?scenario=vraagvoorspelling-huishoudelijke-hulp&method=theta", "fan-chart", 1),
        ])
    func fitsAPhone(uri: String, chartClass: String, charts: Int) async throws {
        let fixture = try WebFixture(seed: false, routeDemoIterations: 300)
        try await fixture.run { agent in
            let page = try await agent.get(uri)
            #expect(page.status == .ok)
            let elements = try Self.main(page.text)
            let svgs = elements.filter { $0.name == "svg" && $0.classes.contains(chartClass) }
            #expect(svgs.count == charts)
            for svg in svgs {
                #expect(svg.attributes["viewBox"] != nil)
                #expect(svg.attributes["width"] == nil && svg.attributes["height"] == nil, "no fixed pixel size")
                #expect(svg.ancestors.contains("figure"))
            }
            let tables = elements.filter { $0.name == "table" }
            #expect(!tables.isEmpty)
            #expect(tables.allSatisfy { $0.ancestors.contains("div.scroll") }, "every table scrolls in its own box")
            if chartClass == "route-map" {
                #expect(svgs.allSatisfy { $0.ancestors.contains("div.maps") }, "the two maps side by side")
                #expect(elements.filter { $0.name == "ul" && $0.classes.contains("map-legend") }.count == 2)
            }
        }
    }

    @Test("the stylesheet sets no width, minimum width or column wider than a 390 px phone")
    func stylesheetWidths() throws {
        let css = Stylesheet.css
        let pattern = try NSRegularExpression(
            pattern:
                #"(?:(?<![-\w])width|min-width|flex-basis)\s*:\s*([0-9.]+)(px|rem|em)|minmax\(\s*([0-9.]+)(px|rem|em)|flex\s*:\s*[0-9.]+\s+[0-9.]+\s+([0-9.]+)(px|rem|em)"#
        )
        let text = css as NSString
        var checked = 0
        for match in pattern.matches(in: css, range: NSRange(location: 0, length: text.length)) {
            for group in [1, 3, 5] where match.range(at: group).location != NSNotFound {
                let value = try #require(Double(text.substring(with: match.range(at: group))))
                let unit = text.substring(with: match.range(at: group + 1))
                let pixels = unit == "px" ? value : value * 16
                #expect(pixels <= 390, "\(text.substring(with: match.range)) is wider than a phone")
                checked += 1
            }
        }
        #expect(checked >= 3, "the pattern still finds the widths")
    }
}
