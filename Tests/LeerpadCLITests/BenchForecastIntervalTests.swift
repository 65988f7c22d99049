import Foundation
import Testing

@Suite("bench forecast --level: interval files and scores")
struct BenchForecastIntervalTests {
    /// Two monthly series of four years with a seasonal pattern, six test values each.
    static func competitionFile() throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("leerpad-m3-\(UUID().uuidString).csv")
        var lines = ["sn,kind,n,h,x,xx"]
        for (id, base) in [("S1", 100.0), ("S2", 500.0)] {
            let values = (0..<54).map { t in
                base + Double(t) + 10 * sin(Double(t) * Double.pi / 6) + Double((t * 7919) % 11) - 5
            }
            let x = values.prefix(48).map { String($0) }.joined(separator: " ")
            let xx = values.suffix(6).map { String($0) }.joined(separator: " ")
            lines.append("\(id),monthly,48,6,\(x),\(xx)")
        }
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    static func rows(_ url: URL) throws -> [(id: String, values: [Double])] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { line in
            let fields = line.split(separator: ",").map(String.init)
            return (fields[0], try fields.dropFirst().map { try #require(Double($0)) })
        }
    }

    @Test("writes F-loL.csv and F-hiL.csv beside F.csv, in the same layout, and prints coverage and MSIS")
    func intervalFiles() throws {
        let file = try Self.competitionFile()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("leerpad-iv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer {
            try? FileManager.default.removeItem(at: file)
            try? FileManager.default.removeItem(at: dir)
        }
        let out = dir.appendingPathComponent("F.csv")
        let result = try CommandRunner.run([
            "bench", "forecast", "--m3", file.path, "--method", "theta", "--level", "95", "--level", "80",
            "--out", out.path,
        ])
        #expect(result.status == 0, "\(result.errors)")
        let header = try #require(result.output.split(separator: "\n").first { $0.hasPrefix("method") })
        for column in ["cover95", "MSIS95", "cover80", "MSIS80"] { #expect(header.contains(column), "\(header)") }
        let thetaRow = try #require(result.output.split(separator: "\n").first { $0.hasPrefix("theta") })
        #expect(thetaRow.split(separator: " ").count == 5 + 4, "\(thetaRow)")

        let mean = try Self.rows(out)
        let lo95 = try Self.rows(dir.appendingPathComponent("F-lo95.csv"))
        let hi95 = try Self.rows(dir.appendingPathComponent("F-hi95.csv"))
        let lo80 = try Self.rows(dir.appendingPathComponent("F-lo80.csv"))
        let hi80 = try Self.rows(dir.appendingPathComponent("F-hi80.csv"))
        #expect(mean.map(\.id) == ["S1", "S2"])
        for table in [lo95, hi95, lo80, hi80] {
            #expect(table.map(\.id) == mean.map(\.id))
            #expect(table.allSatisfy { $0.values.count == 6 })
        }
        for s in 0..<2 {
            for k in 0..<6 {
                #expect(lo95[s].values[k] <= lo80[s].values[k] && lo80[s].values[k] <= mean[s].values[k])
                #expect(mean[s].values[k] <= hi80[s].values[k] && hi80[s].values[k] <= hi95[s].values[k])
            }
            #expect(hi95[s].values[5] - lo95[s].values[5] > hi80[s].values[5] - lo80[s].values[5])
        }
    }

    @Test("with --method all each method's bounds get their own files")
    func allMethods() throws {
        let file = try Self.competitionFile()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("leerpad-iv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer {
            try? FileManager.default.removeItem(at: file)
            try? FileManager.default.removeItem(at: dir)
        }
        let result = try CommandRunner.run([
            "bench", "forecast", "--m3", file.path, "--level", "95", "--out", dir.appendingPathComponent("F.csv").path,
        ])
        #expect(result.status == 0, "\(result.errors)")
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: dir.path))
        for method in ["ets", "theta", "combo", "naive2"] {
            #expect(
                names.isSuperset(of: ["F-\(method).csv", "F-\(method)-lo95.csv", "F-\(method)-hi95.csv"]), "\(names)")
        }
    }

    @Test("a level outside (0, 100) is refused")
    func badLevel() throws {
        let file = try Self.competitionFile()
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CommandRunner.run(["bench", "forecast", "--m3", file.path, "--level", "100"])
        #expect(result.status != 0)
        #expect(result.errors.contains("--level"))
    }
}
