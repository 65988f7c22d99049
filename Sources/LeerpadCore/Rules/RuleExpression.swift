/// What a rule term measures about a subdimension or dimension.
public enum Metric: String, Sendable, Hashable, CaseIterable, Codable {
    /// The score on the 1–5 scale.
    case score
    /// The maturity level number.
    case level
    /// The standard deviation between respondents.
    case spread
    /// The share of "weet niet" answers, 0–1.
    case dontKnow = "dontknow"
    /// The number of respondents who answered.
    case respondents
}

/// A comparison operator of the rule language.
public enum ComparisonOperator: String, Sendable, Hashable, CaseIterable {
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
    case equal = "="
    case notEqual = "!="

    /// Whether `lhs op rhs` holds.
    public func holds(_ lhs: Double, _ rhs: Double) -> Bool {
        switch self {
        case .less: lhs < rhs
        case .lessOrEqual: lhs <= rhs
        case .greater: lhs > rhs
        case .greaterOrEqual: lhs >= rhs
        case .equal: lhs == rhs
        case .notEqual: lhs != rhs
        }
    }

    /// The operator that holds exactly when this one does not.
    public var negated: ComparisonOperator {
        switch self {
        case .less: .greaterOrEqual
        case .lessOrEqual: .greater
        case .greater: .lessOrEqual
        case .greaterOrEqual: .less
        case .equal: .notEqual
        case .notEqual: .equal
        }
    }

    /// The operator with its sides swapped: `a < b` is `b > a`.
    public var mirrored: ComparisonOperator {
        switch self {
        case .less: .greater
        case .lessOrEqual: .greaterOrEqual
        case .greater: .less
        case .greaterOrEqual: .lessOrEqual
        case .equal, .notEqual: self
        }
    }
}

/// A measured quantity in a rule, such as `score(privacy)`.
public struct MetricReference: Hashable, Sendable, CustomStringConvertible {
    /// What is measured.
    public var metric: Metric
    /// The subdimension or dimension id it is measured on.
    public var target: String

    /// Creates a reference.
    public init(_ metric: Metric, _ target: String) {
        self.metric = metric
        self.target = target
    }

    public var description: String { "\(metric.rawValue)(\(target))" }
}

/// A term of a comparison: a number or a measured quantity.
public enum RuleTerm: Hashable, Sendable, CustomStringConvertible {
    case number(Double)
    case metric(MetricReference)

    public var description: String {
        switch self {
        case .number(let value): value == value.rounded() ? String(Int(value)) : String(value)
        case .metric(let reference): reference.description
        }
    }
}

/// A rule's condition: comparisons combined with and, or and not.
public indirect enum RuleExpression: Hashable, Sendable, CustomStringConvertible {
    case comparison(RuleTerm, ComparisonOperator, RuleTerm)
    case and(RuleExpression, RuleExpression)
    case or(RuleExpression, RuleExpression)
    case not(RuleExpression)

    /// Every measured quantity the expression reads, in order of appearance, without duplicates.
    public var references: [MetricReference] {
        var result: [MetricReference] = []
        func collect(_ expression: RuleExpression) {
            switch expression {
            case .comparison(let lhs, _, let rhs):
                for case .metric(let reference) in [lhs, rhs] where !result.contains(reference) {
                    result.append(reference)
                }
            case .and(let lhs, let rhs), .or(let lhs, let rhs):
                collect(lhs)
                collect(rhs)
            case .not(let inner):
                collect(inner)
            }
        }
        collect(self)
        return result
    }

    public var description: String {
        switch self {
        case .comparison(let lhs, let op, let rhs): "\(lhs) \(op.rawValue) \(rhs)"
        case .and(let lhs, let rhs): "(\(lhs) and \(rhs))"
        case .or(let lhs, let rhs): "(\(lhs) or \(rhs))"
        case .not(let inner): "not \(inner)"
        }
    }
}
