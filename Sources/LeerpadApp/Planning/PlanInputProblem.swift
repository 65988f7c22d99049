import LeerpadCore

/// What is wrong with one field of a ``PlanInput``.
public enum PlanInputProblem: InputProblem, Equatable {
    /// The text is not a number.
    case notANumber(field: PlanField, text: String)
    /// The text could mean either of two numbers (`15.000`).
    case ambiguous(field: PlanField, text: String, readings: (Double, Double))
    /// The number lies outside ``PlanLimits`` (or is not whole where it must be).
    case outOfRange(field: PlanField)
    /// An amount with more than two decimals.
    case tooPrecise(field: PlanField)
    /// The text is not a date `YYYY-MM-DD`.
    case notADate(String)
    /// A format the catalogue does not know.
    case unknownFormat(String)

    public static func == (lhs: PlanInputProblem, rhs: PlanInputProblem) -> Bool {
        lhs.message(in: .english) == rhs.message(in: .english)
    }

    /// What is wrong, in `language`, with what the field accepts.
    public func message(in language: Language) -> String {
        let text: PlanText
        switch self {
        case .notANumber(let field, let typed):
            text = .notANumber(text: typed, accepted: Self.range(field, language))
        case .ambiguous(let field, let typed, let (first, second)):
            text = .ambiguous(
                text: typed, first: LocalFormat.shortest(first, maximumDecimals: 3, in: language),
                second: String(Int(second)), accepted: Self.range(field, language))
        case .outOfRange(let field):
            return Self.range(field, language)
        case .tooPrecise:
            text = .tooPrecise
        case .notADate(let typed):
            text = .notADate(text: String(typed.prefix(20)))
        case .unknownFormat(let typed):
            let known = ModuleFormat.allCases.map(\.rawValue).joined(separator: ", ")
            text = .unknownFormat(text: String(typed.prefix(30)), known: known)
        }
        return text.text(language)
    }

    /// What the field accepts, from ``PlanLimits``.
    private static func range(_ field: PlanField, _ language: Language) -> String {
        func whole(_ value: Int) -> String { LocalFormat.integer(value, in: language) }
        let text: PlanText
        switch field {
        case .budget:
            text = .budgetRange(top: LocalFormat.euros(PlanLimits.budget.upperBound, in: language))
        case .hours:
            let (low, high) = (Int(PlanLimits.hoursPerPerson.lowerBound), Int(PlanLimits.hoursPerPerson.upperBound))
            text = .hoursRange(low: whole(low), high: whole(high))
        case .weeks:
            text = .weeksRange(low: whole(PlanLimits.weeks.lowerBound), high: whole(PlanLimits.weeks.upperBound))
        case .teamSize:
            text = .teamSizeRange(
                low: whole(PlanLimits.teamSize.lowerBound), high: whole(PlanLimits.teamSize.upperBound))
        case .start: text = .dateFormat
        case .format: text = .knownFormat
        }
        return text.text(language)
    }
}
