import ArgumentParser
import Foundation
import LeerpadApp
import LeerpadCore
import Routing

/// `leerpad demo route`: plan routes for a fill-level scenario (fixed round versus
/// sensor-driven) or for a VRPLIB instance, print them, and optionally draw an SVG map.
struct DemoRouteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: "Route optimisation demo: fixed round vs sensor-driven collection, or a VRPLIB instance.")

    @Argument(help: "Scenario folder with scenario.conf and a customer CSV.")
    var scenario: String?

    @Option(name: .customLong("vrplib"), help: "A VRPLIB .vrp file instead of a scenario.")
    var vrplib: String?

    @Option(help: "Time limit in seconds (a scenario splits it over the two plans).")
    var seconds: Double = 10

    @Option(
        help:
            "Solver iterations per plan: the same routes on every machine (a scenario: 6000 unless given; a VRPLIB instance: the time limit alone unless given)."
    )
    var iterations: Int?

    @Option(help: "Random seed; the same seed under the same load gives the same routes.")
    var seed: UInt64 = 1

    @Option(help: "Write an SVG map to this file.")
    var svg: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Option(help: "Language of the text output and the map: nl (default) or en.")
    var lang: Language = .default

    func validate() throws {
        if (scenario == nil) == (vrplib == nil) { throw ValidationError(t(.needScenarioOrInstance)) }
        guard seconds > 0, seconds <= 3600 else { throw ValidationError(t(.secondsOutOfRange)) }
        if let iterations, !(1...10_000_000).contains(iterations) {
            throw ValidationError(t(.iterationsOutOfRange))
        }
    }

    func run() async throws {
        let showProgress = isatty(STDERR_FILENO) != 0
        do {
            if let vrplib {
                try runInstance(path: vrplib, showProgress: showProgress)
            } else if let scenario {
                try runScenario(directory: scenario, showProgress: showProgress)
            }
        } catch let error where DemoInputText(error) != nil {
            printError(t(.failure(reason: DemoInputText.describe(error, in: lang))))
            throw ExitCode.failure
        }
    }

    // MARK: VRPLIB instance

    private func runInstance(path: String, showProgress: Bool) throws {
        let instance = try VRPLIBReader.read(path: path)
        let problem = try instance.problem()
        let solver = RouteSolver(
            configuration: .init(seed: seed, timeLimit: .milliseconds(Int(seconds * 1000)), iterationLimit: iterations))
        let result = solver.solve(
            problem, progress: showProgress ? { Self.progressLine($0, label: instance.name) } : nil)
        if showProgress { Self.clearProgress() }
        let solution = result.solution
        let solPath = String(path.dropLast(4)) + ".sol"
        let bestKnown =
            FileManager.default.fileExists(atPath: solPath) ? try? VRPLIBSolutionReader.read(path: solPath).cost : nil
        let routes = solution.routes.map { $0.map { instance.nodeNumbers[$0] } }
        if format == .json {
            try printJSON(
                InstanceOutput(
                    instance: instance.name, cost: solution.distance, routes: routes, seconds: result.elapsed.seconds,
                    feasible: solution.isFeasible, bestKnown: bestKnown,
                    gapPercent: bestKnown.map { 100 * (solution.distance - $0) / $0 }))
        } else {
            print(
                "\(instance.name): \(problem.nodeCount - 1) \(t(.customers)), \(t(.capacity)) \(number(problem.capacity))"
            )
            for (r, route) in solution.routes.enumerated() {
                let stops = routes[r].map(String.init).joined(separator: " ")
                print(
                    "  \(t(.trip)) \(r + 1): \(number(solution.evaluation.routeLengths[r])), \(t(.load)) \(number(solution.evaluation.routeLoads[r])) — \(stops)"
                )
                _ = route
            }
            print(
                "\(t(.totalDistance)): \(number(solution.distance))  (\(solution.routes.count) \(t(.trips)), \(decimal(result.elapsed.seconds, 1)) s, \(solution.isFeasible ? t(.feasible) : t(.infeasible)))"
            )
            if let bestKnown {
                print(
                    "\(t(.bestKnown)): \(number(bestKnown)), \(t(.gap)) \(decimal(100 * (solution.distance - bestKnown) / bestKnown, 2)) %"
                )
            }
        }
        if let svg {
            let labels = SVGMapLabels(
                title: "\(instance.name) — \(t(.totalDistance)) \(number(solution.distance))", depot: t(.depot),
                served: t(.emptied), skipped: t(.skipped),
                routes: solution.routes.indices.map {
                    "\(t(.trip)) \($0 + 1): \(number(solution.evaluation.routeLengths[$0]))"
                })
            try write(
                SVGMap(
                    points: instance.coordinates, routes: solution.routes, skipped: [], labels: labels,
                    showStopNumbers: problem.nodeCount <= 150
                ).render(), to: svg)
        }
    }

    // MARK: Scenario

    private func runScenario(directory: String, showProgress: Bool) throws {
        let solver = RouteSolver(
            configuration: .reproducible(
                seed: seed, iterations: iterations ?? SolverConfiguration.demoIterations,
                cap: .milliseconds(Int(seconds * 500))))
        let outcome = try RouteDemo.compare(
            directory: directory, solver: solver,
            progress: showProgress
                ? { policy, p in Self.progressLine(p, label: t(policy == .visitAll ? .fixedRound : .sensorDriven)) }
                : nil)
        if showProgress { Self.clearProgress() }
        let (scenario, comparison) = (outcome.scenario, outcome.comparison)
        let fixed = comparison.visitAll
        let driven = comparison.fillDriven
        let customers = scenario.input.customers
        let feasible = outcome.isFeasible
        if format == .json {
            try printJSON(RouteDemoView(outcome))
        } else {
            let counts = Dictionary(grouping: driven.decisions, by: \.selection).mapValues(\.count)
            let mandatory = counts[.mandatory] ?? 0
            let optional = counts[.optional] ?? 0
            let visited = Set(driven.customerRoutes.joined())
            let visitedOptional = driven.decisions.filter { $0.selection == .optional && visited.contains($0.customer) }
                .count
            let th = scenario.input.thresholds
            print(scenario.name)
            print(
                t(
                    .selection(
                        containers: customers.count, full: mandatory, optional: optional,
                        skipped: counts[.skipped] ?? 0,
                        mustVisit: Int((th.mustVisit * 100).rounded()),
                        optionalFrom: Int((th.optionalFrom * 100).rounded()))))
            print("")
            printPlan(t(.fixedRoundTitle), fixed, customers: customers)
            print("")
            printPlan(
                t(.sensorDrivenTitle(mandatory: mandatory, takenAlong: visitedOptional, optional: optional)), driven,
                customers: customers)
            print("")
            if outcome.wasCapped {
                print(t(.routeDemoCappedAt(seconds: decimal(seconds, 1))))
            }
            if feasible {
                print(
                    "\(t(.saving)): \(km(comparison.savedDistance)) (\(decimal(comparison.savedPercent, 1)) %)"
                )
            }
            if !feasible {
                for plan in [fixed, driven] where !plan.result.solution.isFeasible {
                    let missing = plan.result.solution.evaluation.violations.filter {
                        if case .customerNotVisited = $0 { return true }
                        return false
                    }.count
                    print(t(.unserved(plan: t(plan.policy == .visitAll ? .fixedRound : .sensorDriven), count: missing)))
                }
            }
        }
        if let svg {
            let routeLengths = driven.result.solution.evaluation.routeLengths
            let labels = SVGMapLabels(
                title: "\(scenario.name) — \(t(.sensorDriven))", depot: t(.depot), served: t(.emptied),
                skipped: t(.skipped),
                routes: routeLengths.indices.map { "\(t(.trip)) \($0 + 1): \(km(routeLengths[$0]))" },
                notes: [
                    "\(t(.fixedRound)): \(km(fixed.distance))", "\(t(.sensorDriven)): \(km(driven.distance))",
                    "\(t(.saving)): \(km(comparison.savedDistance)) (\(decimal(comparison.savedPercent, 1)) %)",
                ])
            // Draw every input customer: visited ones on routes, the rest grey.
            var points = [scenario.input.depot] + customers.map(\.position)
            points[0] = scenario.input.depot
            let routes = driven.customerRoutes.map { $0.map { $0 + 1 } }
            let skipped = driven.unvisitedCustomers.map { $0 + 1 }
            try write(SVGMap(points: points, routes: routes, skipped: skipped, labels: labels).render(), to: svg)
        }
        if !feasible { throw ExitCode(2) }
    }

    private func printPlan(_ title: String, _ plan: CollectionPlan, customers: [FillLevelCustomer]) {
        let evaluation = plan.result.solution.evaluation
        print("\(title): \(plan.result.solution.routes.count) \(t(.trips)), \(km(plan.distance))")
        for (r, route) in plan.customerRoutes.enumerated() {
            let share = 100 * evaluation.routeLoads[r] / plan.problem.capacity
            print(
                "  \(t(.trip)) \(r + 1): \(route.count) \(t(.stops)), \(km(evaluation.routeLengths[r])), \(t(.load)) \(decimal(evaluation.routeLoads[r], 1)) m³ (\(decimal(share, 0)) %)"
            )
            print("    " + route.map { customers[$0].id }.joined(separator: " "))
        }
    }

    // MARK: Output helpers

    private struct InstanceOutput: Encodable {
        var instance: String
        var cost: Double
        var routes: [[Int]]
        var seconds: Double
        var feasible: Bool
        var bestKnown: Double?
        var gapPercent: Double?
    }

    private func printJSON(_ value: some Encodable) throws {
        print(try JSONOutput.encode(value))
    }

    private func write(_ text: String, to path: String) throws {
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw ValidationError(t(.cannotWrite(path: path, reason: error.localizedDescription)))
        }
        if format == .text { print(t(.mapWritten(path: path))) }
    }

    /// A text of the demos in the chosen language.
    private func t(_ text: DemoText) -> String { text.text(lang) }

    private static func progressLine(_ p: SolverProgress, label: String) {
        let line = String(
            format: "\r%@ %3.0f %%  %.1f s  %@ %.1f", label, 100 * p.fractionDone, p.elapsed.seconds, "best",
            p.bestObjective)
        FileHandle.standardError.write(Data(line.utf8))
    }

    private static func clearProgress() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    private func number(_ value: Double) -> String { LocalFormat.shortest(value, maximumDecimals: 2, in: lang) }

    /// A distance in the chosen language's number style: `76,5 km` / `76.5 km`.
    private func km(_ value: Double) -> String { LocalFormat.number(value, decimals: 1, in: lang) + " km" }

    /// A number with `decimals` decimals in the chosen language's style.
    private func decimal(_ value: Double, _ decimals: Int) -> String {
        LocalFormat.number(value, decimals: decimals, in: lang)
    }
}
