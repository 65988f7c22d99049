/// A solution: routes of customer node indices (depot left out) and its checked facts.
public struct RoutingSolution: Sendable, Equatable {
    /// Routes in vehicle order; each lists customer node indices in visiting order.
    public var routes: [[Int]]
    /// Lengths, loads, skipped customers and violations of ``routes``.
    public var evaluation: SolutionEvaluation

    /// Builds a solution and evaluates it against `problem`.
    public init(routes: [[Int]], problem: RoutingProblem) {
        self.routes = routes
        self.evaluation = problem.evaluate(routes)
    }

    /// Total travelled distance.
    public var distance: Double { evaluation.distance }
    /// Objective: distance plus prizes of skipped optional customers.
    public var objective: Double { evaluation.distance + evaluation.lostPrize }
    /// Whether every constraint holds.
    public var isFeasible: Bool { evaluation.isFeasible }
}
