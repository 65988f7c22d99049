import ArgumentParser
import Foundation
import Routing

/// `leerpad bench routing`: solve every VRPLIB instance in a folder and report the gap to
/// the best-known solutions, per instance and per family (A/B/P vs X), plus throughput.
struct BenchRoutingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routing",
        abstract: "Benchmark the route solver on VRPLIB .vrp/.sol files.")

    @Option(help: "Folder with .vrp files and matching .sol files.")
    var instances: String

    @Option(help: "Seconds per instance.")
    var seconds: Double

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    @Option(help: "Only instances whose name contains this text.")
    var filter: String?

    /// Writes a line to standard output unbuffered, so piped runs show progress.
    private func emit(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    func validate() throws {
        guard seconds > 0, seconds <= 3600 else { throw ValidationError("--seconds must be between 0 and 3600.") }
    }

    func run() async throws {
        let files = try CVRPBenchmark.instanceFiles(in: instances).filter { path in
            filter.map { path.contains($0) } ?? true
        }
        let configuration = SolverConfiguration(seed: seed, timeLimit: .milliseconds(Int(seconds * 1000)))
        var entries: [BenchmarkEntry] = []
        emit("instance\tcost\tbest_known\tgap_pct\tseconds\tfeasible\titerations\tmoves_per_s")
        for path in files {
            let entry = try CVRPBenchmark.run(instanceAt: path, configuration: configuration)
            entries.append(entry)
            let bks = entry.bestKnown.map { String(format: "%.0f", $0) } ?? "-"
            let gap = entry.gapPercent.map { String(format: "%.2f", $0) } ?? "-"
            emit(
                "\(entry.instance)\t\(String(format: "%.0f", entry.cost))\t\(bks)\t\(gap)\t\(String(format: "%.2f", entry.seconds))\t\(entry.feasible)\t\(entry.iterations)\t\(String(format: "%.3g", entry.movesPerSecond))"
            )
        }
        let report = BenchmarkReport(entries: entries)
        for family in report.meanGapByFamily {
            emit(
                "# mean gap \(family.family) \(seconds)s: \(String(format: "%.2f", family.meanGap)) % over \(family.count)"
            )
        }
        let meanMoves = entries.map(\.movesPerSecond).reduce(0, +) / Double(max(1, entries.count))
        emit("# moves evaluated per second (mean): \(String(format: "%.3g", meanMoves))")
        if entries.contains(where: { !$0.feasible }) {
            throw ValidationError("some solutions were infeasible")
        }
    }
}
