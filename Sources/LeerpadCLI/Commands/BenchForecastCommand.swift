import ArgumentParser
import Forecasting
import Foundation

/// `bench forecast`: forecasts every series of an M3/M4 file and reports M4 accuracy and time.
struct BenchForecastCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "forecast",
        abstract: "Benchmark forecasting methods on an M3/M4 style file (sMAPE, MASE, OWA vs Naive2, time per series).")

    @Option(name: .customLong("m3"), help: "File in the sn,kind,n,h,x,xx layout.")
    var m3: String

    @Option(help: "Method: ets, theta, combo, naive2, naive, snaive, auto, or all (ets, theta, combo, naive2).")
    var method: String = "all"

    @Option(
        help: "Write forecasts as CSV (sn then the h values); with --method all, one file per method (name-METHOD.csv)."
    )
    var out: String?

    @Option(help: "File with series ids to keep (whitespace separated).")
    var ids: String?

    func validate() throws {
        if method != "all" && ForecastMethod(rawValue: method) == nil {
            throw ValidationError(
                "Unknown method '\(method)'. Use ets, theta, combo, naive2, naive, snaive, auto or all.")
        }
    }

    func run() throws {
        do {
            var series = try CompetitionSeriesReader.read(path: m3)
            if let ids {
                let keep = Set(
                    try String(contentsOfFile: ids, encoding: .utf8).split(whereSeparator: \.isWhitespace).map(
                        String.init))
                series = series.filter { keep.contains($0.id) }
                guard !series.isEmpty else { throw ValidationError("None of the ids in \(ids) occur in \(m3).") }
            }
            let methods: [ForecastMethod] =
                method == "all" ? [.ets, .theta, .combo, .naive2] : [ForecastMethod(rawValue: method)!]
            let bench = CompetitionBenchmark(series: series)
            let naive2 = try bench.run(.naive2)
            print("series: \(series.count)")
            print("method".padding(toLength: 10, withPad: " ", startingAt: 0) + "   sMAPE    MASE     OWA  ms/series")
            for m in methods {
                let run = m == .naive2 ? naive2 : try bench.run(m)
                let s = bench.score(run, naive2: naive2)
                print(
                    m.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
                        + String(format: "%8.3f%8.3f%8.3f%11.3f", s.sMAPE, s.mase, s.owa, s.secondsPerSeries * 1000))
                if let out {
                    let path =
                        methods.count == 1 ? out : out.replacingOccurrences(of: ".csv", with: "") + "-\(m.rawValue).csv"
                    let text =
                        run.forecasts.map { ([$0.id] + $0.values.map { String($0) }).joined(separator: ",") }.joined(
                            separator: "\n") + "\n"
                    try text.write(toFile: path, atomically: true, encoding: .utf8)
                }
            }
        } catch let error as ValidationError {
            throw error
        } catch {
            let location = error is SeriesReadError ? "\(m3): " : ""
            FileHandle.standardError.write(
                Data((location + "Error: " + ((error as? LocalizedError)?.errorDescription ?? "\(error)") + "\n").utf8))
            throw ExitCode.failure
        }
    }
}
