import ArgumentParser
import Foundation
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
        for size in modules {
            let problem = SyntheticPlanningProblem(moduleCount: size, seed: seed, start: start)
            let constraints = PlanConstraints(
                budget: Euros(cents: 5_000_000), hoursPerPerson: 200, weeks: 52, teamSize: 8, start: start)
            var times: [Double] = []
            var path: LearningPath?
            for _ in 0..<repetitions {
                let clock = ContinuousClock()
                let began = clock.now
                path = LearningPathPlanner.plan(
                    problem.recommendations, catalogue: problem.catalogue, constraints: constraints)
                let elapsed = clock.now - began
                times.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
            }
            times.sort()
            let columns = [
                pad(size, 7), pad(problem.recommendations.modules.count, 11), pad(path?.steps.count ?? 0, 7),
                pad(path?.unmet.count ?? 0, 5), pad(times[times.count / 2], 9), pad(times[0], 6),
                pad(times[times.count - 1], 6),
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
