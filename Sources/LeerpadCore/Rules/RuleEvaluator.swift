/// Evaluates rule conditions against a team's assessment.
///
/// Three-valued: a comparison with a quantity nobody answered is *unknown*; `and`, `or` and
/// `not` follow Kleene's logic (unknown stays unknown under `not`); a rule fires only when
/// its condition is certainly true.
public enum RuleEvaluator {
    /// Whether `expression` is true (`true`), false (`false`) or unknown (`nil`) for `assessment`.
    public static func evaluate(_ expression: RuleExpression, on assessment: Assessment) -> Bool? {
        switch expression {
        case .comparison(let lhs, let op, let rhs):
            guard let left = value(lhs, assessment), let right = value(rhs, assessment) else { return nil }
            return op.holds(left, right)
        case .and(let lhs, let rhs):
            let left = evaluate(lhs, on: assessment)
            if left == false { return false }
            let right = evaluate(rhs, on: assessment)
            if right == false { return false }
            return left == nil || right == nil ? nil : true
        case .or(let lhs, let rhs):
            let left = evaluate(lhs, on: assessment)
            if left == true { return true }
            let right = evaluate(rhs, on: assessment)
            if right == true { return true }
            return left == nil || right == nil ? nil : false
        case .not(let inner):
            return evaluate(inner, on: assessment).map { !$0 }
        }
    }

    /// The values of every quantity `expression` reads: the numbers that made it fire (or not).
    public static func evidence(for expression: RuleExpression, on assessment: Assessment) -> [MetricValue] {
        expression.references.map { MetricValue(reference: $0, value: assessment.value(of: $0)) }
    }

    private static func value(_ term: RuleTerm, _ assessment: Assessment) -> Double? {
        switch term {
        case .number(let value): value
        case .metric(let reference): assessment.value(of: reference)
        }
    }
}
