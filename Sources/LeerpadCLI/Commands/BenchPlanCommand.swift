import ArgumentParser
import Foundation
import LeerpadBenchmarks
import LeerpadCore

/// `leerpad bench plan`: how long planning takes on generated catalogues.
struct BenchPlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Time the learning-path planner on generated catalogues (median of repeated runs)."
    )

    @Option(parsing: .upToNextOption, help: "Catalogue sizes to plan for.")
    var modules: [Int] = [100, 1000, 5000]

    @Option(name: .customLong("repeat"), help: "Runs per size; the median is reported.")
    var repetitions: Int = 11

    @Option(help: "Seed of the generated catalogues.")
    var seed: UInt64 = 1

    func validate() throws {
        guard modules.allSatisfy({ $0 > 0 }), repetitions > 0 else {
            throw ValidationError("--modules and --repeat must be positive")
        }
    }

    func run() throws {
        let start = CalendarDate(iso8601: "2027-01-04")!
        print("modules  recommended  planned  unmet  median ms  min ms  max ms")
        for row in PlanningBenchmark.run(sizes: modules, repetitions: repetitions, seed: seed, start: start) {
            let columns = [
                pad(row.modules, 7), pad(row.recommended, 11), pad(row.planned, 7), pad(row.unmet, 5),
                pad(row.median, 9), pad(row.milliseconds[0], 6), pad(row.milliseconds[row.milliseconds.count - 1], 6),
            ]
            print(columns.joined(separator: "  "))
        }
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - String(value).count)) + String(value)
    }

    private func pad(_ value: Double, _ width: Int) -> String {
        let text = String(format: "%.2f", value)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
