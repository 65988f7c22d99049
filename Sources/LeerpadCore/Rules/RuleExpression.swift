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
        case .number(let value): Self.decimal(value)
        case .metric(let reference): reference.description
        }
    }

    /// `value` in the rule language's own number syntax (digits and at most one point, no
    /// exponent), so a description parses back to the same number: `2.6`, `3`, `0.0000001`,
    /// `100000000000000000000`. Never traps, however large the value.
    static func decimal(_ value: Double) -> String {
        guard value.isFinite else { return String(value) }
        let shortest = String(value.magnitude)  // "2.6", "3.0", "1e-07", "1e+20"
        let parts = shortest.split(separator: "e", maxSplits: 1)
        let mantissa = parts[0]
        let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        let digits = Array(mantissa.filter { $0 != "." })
        let point =
            (mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) }
                ?? mantissa.count) + exponent
        var whole: [Character]
        var fraction: [Character]
        if point <= 0 {
            whole = ["0"]
            fraction = Array(repeating: "0", count: -point) + digits
        } else if point >= digits.count {
            whole = digits + Array(repeating: "0", count: point - digits.count)
            fraction = []
        } else {
            whole = Array(digits[..<point])
            fraction = Array(digits[point...])
        }
        while fraction.last == "0" { fraction.removeLast() }
        while whole.count > 1, whole.first == "0" { whole.removeFirst() }
        let sign = value < 0 ? "-" : ""
        return sign + String(whole) + (fraction.isEmpty ? "" : "." + String(fraction))
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
