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

    @Option(
        name: .customLong("level"),
        help: ArgumentHelp(
            "Prediction interval level in percent (repeatable, e.g. --level 80 --level 95): prints coverage and MSIS per level and, with --out, writes the bounds to OUT-loL.csv and OUT-hiL.csv."
        ))
    var levels: [Double] = []

    @Option(
        help:
            "Interval calibration: 'rolling' (model intervals rescaled by errors at 3 earlier origins; the combination's derived from both members), 'rolling-quantile' (the same with a per-level quantile scale) or 'model' (the models' own intervals)."
    )
    var calibration: String = "rolling"

    func validate() throws {
        if method != "all" && ForecastMethod(rawValue: method) == nil {
            throw ValidationError(
                "Unknown method '\(method)'. Use ets, theta, combo, naive2, naive, snaive, auto or all.")
        }
        guard ["rolling", "rolling-quantile", "model"].contains(calibration) else {
            throw ValidationError("--calibration must be rolling, rolling-quantile or model.")
        }
        if let bad = levels.first(where: { !($0 > 0 && $0 < 100) }) {
            throw ValidationError("--level must lie strictly between 0 and 100, got \(bad).")
        }
    }

    /// `path` with `suffix` inserted before its `.csv` extension (appended when there is none).
    static func path(_ path: String, inserting suffix: String) -> String {
        path.hasSuffix(".csv") ? String(path.dropLast(4)) + suffix + ".csv" : path + suffix + ".csv"
    }

    /// A level as it appears in file names and headers: 95, 80, 97.5.
    static func label(_ level: Double) -> String {
        level == level.rounded() ? String(Int(level)) : String(level)
    }

    /// `text` right-aligned in `width` columns.
    static func leftPadded(_ text: String, to width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }

    /// Rows of `sn` followed by the values, one series per line.
    static func csv(ids: [String], rows: [[Double]]) -> String {
        zip(ids, rows).map { ([$0] + $1.map { String($0) }).joined(separator: ",") }.joined(separator: "\n") + "\n"
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
            let intervalHeader = levels.map { l in
                let name = Self.label(l)
                return Self.leftPadded("cover\(name)", to: 9) + Self.leftPadded("MSIS\(name)", to: 9)
            }.joined()
            print(
                "method".padding(toLength: 10, withPad: " ", startingAt: 0) + "   sMAPE    MASE     OWA  ms/series"
                    + intervalHeader)
            for m in methods {
                let run =
                    m == .naive2 && levels.isEmpty
                    ? naive2
                    : try bench.run(
                        m, levels: levels,
                        calibration: calibration == "model"
                            ? .model
                            : calibration == "rolling" ? .rollingOrigin(folds: 3) : .rollingOriginQuantile(folds: 3))
                let s = bench.score(run, naive2: naive2)
                let intervalColumns = s.intervals.map {
                    String(format: "%8.1f%%%9.3f", $0.coverage * 100, $0.msis)
                }.joined()
                print(
                    m.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
                        + String(format: "%8.3f%8.3f%8.3f%11.3f", s.sMAPE, s.mase, s.owa, s.secondsPerSeries * 1000)
                        + intervalColumns)
                if let out {
                    let path = methods.count == 1 ? out : Self.path(out, inserting: "-\(m.rawValue)")
                    let ids = run.forecasts.map(\.id)
                    try Self.csv(ids: ids, rows: run.forecasts.map(\.values)).write(
                        toFile: path, atomically: true, encoding: .utf8)
                    for (i, level) in run.levels.enumerated() {
                        let name = Self.label(level)
                        try Self.csv(ids: ids, rows: run.intervals.map { $0[i].lower }).write(
                            toFile: Self.path(path, inserting: "-lo\(name)"), atomically: true, encoding: .utf8)
                        try Self.csv(ids: ids, rows: run.intervals.map { $0[i].upper }).write(
                            toFile: Self.path(path, inserting: "-hi\(name)"), atomically: true, encoding: .utf8)
                    }
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
