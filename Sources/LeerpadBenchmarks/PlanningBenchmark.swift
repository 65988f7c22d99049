import LeerpadCore

/// Times the learning-path planner on generated catalogues: the work behind `leerpad bench plan`.
public enum PlanningBenchmark {
    /// One catalogue size's result.
    public struct Row: Sendable {
        /// Modules in the generated catalogue.
        public var modules: Int
        /// Modules recommended.
        public var recommended: Int
        /// Modules in the plan.
        public var planned: Int
        /// Recommended modules left out of the plan.
        public var unmet: Int
        /// Planning times in milliseconds, fastest first.
        public var milliseconds: [Double]

        /// The median time in milliseconds.
        public var median: Double { milliseconds[milliseconds.count / 2] }
    }

    /// Plans `repetitions` times for each size on catalogues generated from `seed`, from `start`.
    public static func run(sizes: [Int], repetitions: Int, seed: UInt64, start: CalendarDate) -> [Row] {
        sizes.map { size in
            let problem = SyntheticPlanningProblem(moduleCount: size, seed: seed, start: start)
            let constraints = PlanConstraints(
                budget: Euros(cents: 5_000_000), hoursPerPerson: 200, weeks: 52, teamSize: 8, start: start)
            var times: [Double] = []
            var path: LearningPath?
            for _ in 0..<max(1, repetitions) {
                let clock = ContinuousClock()
                let began = clock.now
                path = LearningPathPlanner.plan(
                    problem.recommendations, catalogue: problem.catalogue, constraints: constraints)
                let elapsed = clock.now - began
                times.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
            }
            return Row(
                modules: size, recommended: problem.recommendations.modules.count, planned: path?.steps.count ?? 0,
                unmet: path?.unmet.count ?? 0, milliseconds: times.sorted())
        }
    }
}
