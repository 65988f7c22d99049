import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite("leerpad demo forecast")
struct DemoForecastCommandTests {
    @Test("the scenario: a forecast with intervals that contain it, a backtest, and a fan chart that parses")
    func scenario() throws {
        let svg = FileManager.default.temporaryDirectory.appendingPathComponent(
            "leerpad-forecast-\(UUID().uuidString).svg")
        defer { try? FileManager.default.removeItem(at: svg) }
        let result = try CommandRunner.run([
            "demo", "forecast", "Scenarios/vraagvoorspelling-huishoudelijke-hulp", "--horizon", "12", "--format",
            "json",
            "--svg", svg.path,
        ])
        #expect(result.status == 0, "\(result.errors)")
        let document = try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect((document["method"] as? String)?.isEmpty == false)
        let forecast = try #require(document["forecast"] as? [Double])
        let lower80 = try #require(document["lower80"] as? [Double])
        let upper80 = try #require(document["upper80"] as? [Double])
        let lower95 = try #require(document["lower95"] as? [Double])
        let upper95 = try #require(document["upper95"] as? [Double])
        #expect(forecast.count == 12)
        for index in forecast.indices {
            #expect(lower95[index] <= lower80[index] && lower80[index] <= forecast[index])
            #expect(forecast[index] <= upper80[index] && upper80[index] <= upper95[index])
        }
        let backtest = try #require(document["backtest"] as? [String: Any])
        #expect(backtest["MAPE"] is Double && backtest["sMAPE"] is Double && backtest["MASE"] is Double)
        #expect(XMLParser(data: try Data(contentsOf: svg)).parse(), "the fan chart is well-formed XML")
    }

    @Test("a bad value gives one message with file, line and field, and exit 1")
    func badInput() throws {
        let csv = FileManager.default.temporaryDirectory.appendingPathComponent("leerpad-bad-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: csv) }
        try "date;value\n2024-01;5\n2024-02;x\n".write(to: csv, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["demo", "forecast", "--csv", csv.path])
        #expect(result.status == 1)
        #expect(result.errors == "\(csv.path): Fout: Regel 3, veld 2: ‘x’ is geen getal.\n")
    }

    @Test("extreme, ambiguous and too few values end with one message in the user's language, never a trap")
    func extremes() throws {
        let csv = FileManager.default.temporaryDirectory.appendingPathComponent("leerpad-x-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: csv) }
        let months = (0..<36).map { String(format: "%04d-%02d", 2020 + $0 / 12, $0 % 12 + 1) }
        let cases: [(values: [String], lang: String, message: String)] = [
            (
                months.indices.map { $0 == 20 ? "1e300" : "\(100 + $0)" }, "nl",
                "Regel 22, veld 2: ‘1e300’ ligt buiten ±1.000.000.000.000.000."
            ),
            (
                months.indices.map { $0 == 3 ? "1.234" : "\(100 + $0)" }, "nl",
                "Regel 5, veld 2: ‘1.234’ kan 1,234 of 1.234 betekenen"
            ),
            (
                months.indices.map { $0 == 3 ? "1.234" : "\(100 + $0)" }, "en",
                "Line 5, field 2: '1.234' can mean 1.234 or 1234"
            ),
            (["5", "6", "7"], "nl", "Voor een voorspelling zijn minstens 24 maanden nodig; de reeks heeft er 3."),
        ]
        for c in cases {
            let lines = zip(months, c.values).map { "\($0);\($1)" }
            try (["maand;aantal"] + lines).joined(separator: "\n").write(to: csv, atomically: true, encoding: .utf8)
            for format in ["text", "json"] {
                let result = try CommandRunner.run([
                    "demo", "forecast", "--csv", csv.path, "--lang", c.lang, "--format", format,
                ])
                #expect(result.status == 1, "\(c.message)")
                #expect(result.errors.contains(c.message), "\(result.errors)")
                #expect(!result.errors.contains("Fatal error") && !result.output.contains("inf"))
            }
        }
    }

    @Test("a bad M3 file for the benchmark names file, line and field")
    func badCompetitionFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("leerpad-m3-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: file) }
        try "sn,kind,n,h,x,xx\nN1,monthly,3,2,1 2 x,1 2\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["bench", "forecast", "--m3", file.path])
        #expect(result.status == 1)
        #expect(result.errors == "\(file.path): Error: Line 2, field x[3]: 'x' is not a number.\n")
    }
}
