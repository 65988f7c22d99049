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
            return junction(lhs, rhs, decidedBy: false, on: assessment)
        case .or(let lhs, let rhs):
            return junction(lhs, rhs, decidedBy: true, on: assessment)
        case .not(let inner):
            return evaluate(inner, on: assessment).map { !$0 }
        }
    }

    /// Kleene `and` (`decisive` false) or `or` (`decisive` true): `decisive` as soon as one side is,
    /// unknown when a side is unknown, else the other value. The right side is skipped when the left decides.
    private static func junction(
        _ lhs: RuleExpression, _ rhs: RuleExpression, decidedBy decisive: Bool, on assessment: Assessment
    ) -> Bool? {
        let left = evaluate(lhs, on: assessment)
        if left == decisive { return decisive }
        let right = evaluate(rhs, on: assessment)
        if right == decisive { return decisive }
        return left == nil || right == nil ? nil : !decisive
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
