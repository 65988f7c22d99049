/// Decides whether a rule condition can ever be true, by interval reasoning.
///
/// The condition is put in negation normal form and expanded into a disjunction of
/// conjunctions; a conjunction is satisfiable when, for every quantity it constrains, the
/// quantity's range (score 1–5, spread 0–4, don't-know share 0–1, levels and respondents
/// whole numbers) still has a value after all its comparisons. Levels are read as score
/// ranges through the model's thresholds, so `score(x) < 1.8 and level(x) >= 3` is caught.
/// Comparisons between two quantities are assumed satisfiable. Expansion stops at 1,024
/// conjunctions; past that the condition is assumed satisfiable.
public enum RuleSatisfiability {
    /// Whether `expression` can be true for some team under `model`'s levels.
    public static func isSatisfiable(_ expression: RuleExpression, levels: [MaturityLevel]) -> Bool {
        guard let clauses = disjunctiveForm(of: expression, negated: false) else { return true }
        return clauses.contains { clause in isSatisfiable(clause, levels: levels) }
    }

    struct Atom: Hashable {
        var reference: MetricReference
        var op: ComparisonOperator
        var constant: Double
    }

    /// A conjunction of atoms; `nil` stands for an atom that is not analysed (always satisfiable).
    typealias Clause = [Atom?]

    private static let clauseLimit = 1024

    private static func disjunctiveForm(of expression: RuleExpression, negated: Bool) -> [Clause]? {
        switch expression {
        case .comparison(let lhs, var op, let rhs):
            if negated { op = op.negated }
            switch (lhs, rhs) {
            case (.metric(let reference), .number(let value)):
                return [[Atom(reference: reference, op: op, constant: value)]]
            case (.number(let value), .metric(let reference)):
                return [[Atom(reference: reference, op: op.mirrored, constant: value)]]
            default: return [[nil]]
            }
        case .not(let inner):
            return disjunctiveForm(of: inner, negated: !negated)
        case .and(let lhs, let rhs), .or(let lhs, let rhs):
            let isAnd: Bool
            if case .and = expression { isAnd = !negated } else { isAnd = negated }
            guard let left = disjunctiveForm(of: lhs, negated: negated),
                let right = disjunctiveForm(of: rhs, negated: negated)
            else { return nil }
            if !isAnd { return left.count + right.count > clauseLimit ? nil : left + right }
            guard left.count * right.count <= clauseLimit else { return nil }
            return left.flatMap { l in right.map { r in l + r } }
        }
    }

    /// An interval with open or closed ends.
    struct Interval {
        var lower: Double
        var lowerClosed: Bool
        var upper: Double
        var upperClosed: Bool

        mutating func apply(_ op: ComparisonOperator, _ value: Double) {
            switch op {
            case .less: tightenUpper(value, closed: false)
            case .lessOrEqual: tightenUpper(value, closed: true)
            case .greater: tightenLower(value, closed: false)
            case .greaterOrEqual: tightenLower(value, closed: true)
            case .equal:
                tightenLower(value, closed: true)
                tightenUpper(value, closed: true)
            case .notEqual:
                if lower == value, upper == value { upper = lower - 1 }
            }
        }

        mutating func tightenUpper(_ value: Double, closed: Bool) {
            if value < upper || (value == upper && !closed) {
                upper = value
                upperClosed = closed
            }
        }

        mutating func tightenLower(_ value: Double, closed: Bool) {
            if value > lower || (value == lower && !closed) {
                lower = value
                lowerClosed = closed
            }
        }

        func isEmpty(integral: Bool) -> Bool {
            if integral {
                var low = lower.rounded(.up)
                if low == lower, !lowerClosed { low += 1 }
                var high = upper.rounded(.down)
                if high == upper, !upperClosed { high -= 1 }
                return low > high
            }
            if lower < upper { return false }
            return !(lower == upper && lowerClosed && upperClosed)
        }
    }

    private static func isSatisfiable(_ clause: Clause, levels: [MaturityLevel]) -> Bool {
        var intervals: [MetricReference: Interval] = [:]
        let sortedLevels = levels.sorted { $0.number < $1.number }
        for case let atom? in clause {
            var reference = atom.reference
            var constraints = [(atom.op, atom.constant)]
            if atom.reference.metric == .level {
                reference = MetricReference(.score, atom.reference.target)
                guard let translated = scoreConstraints(for: atom.op, level: atom.constant, levels: sortedLevels) else {
                    continue
                }
                constraints = translated
            }
            var interval = intervals[reference] ?? domain(of: reference.metric)
            for (op, value) in constraints { interval.apply(op, value) }
            intervals[reference] = interval
        }
        return intervals.allSatisfy { reference, interval in
            !interval.isEmpty(integral: reference.metric == .respondents)
        }
    }

    private static func domain(of metric: Metric) -> Interval {
        switch metric {
        case .score, .level: Interval(lower: 1, lowerClosed: true, upper: 5, upperClosed: true)
        case .spread: Interval(lower: 0, lowerClosed: true, upper: 4, upperClosed: true)
        case .dontKnow: Interval(lower: 0, lowerClosed: true, upper: 1, upperClosed: true)
        case .respondents: Interval(lower: 0, lowerClosed: true, upper: .infinity, upperClosed: false)
        }
    }

    /// `level op k` as constraints on the score, through the levels' minimum scores.
    private static func scoreConstraints(
        for op: ComparisonOperator, level k: Double, levels: [MaturityLevel]
    ) -> [(ComparisonOperator, Double)]? {
        func minimum(_ number: Int) -> Double {
            if number < 1 { return -.infinity }
            if number > levels.count { return .infinity }
            return levels[number - 1].minimumScore
        }
        // Past the levels on either side every number behaves alike; clamping keeps the
        // conversion to Int in range for any constant (`level(x) > 1e20` must not trap).
        let bounded = min(max(k, 0), Double(levels.count + 1))
        let below = Int(bounded.rounded(.down))
        let above = Int(bounded.rounded(.up))
        switch op {
        case .greaterOrEqual: return [(.greaterOrEqual, minimum(above))]
        case .greater: return [(.greaterOrEqual, minimum(below + 1))]
        case .lessOrEqual: return [(.less, minimum(below + 1))]
        case .less: return [(.less, minimum(above))]
        case .equal:
            guard k == k.rounded() else { return [(.less, -.infinity)] }
            return [(.greaterOrEqual, minimum(below)), (.less, minimum(below + 1))]
        case .notEqual: return nil
        }
    }
}
