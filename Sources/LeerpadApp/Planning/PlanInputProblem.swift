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

    public func message(in language: Language) -> String {
        let nl = language == .dutch
        switch self {
        case .notANumber(let field, let text):
            return nl
                ? "‘\(text)’ is geen getal. \(Self.range(field, language))"
                : "‘\(text)’ is not a number. \(Self.range(field, language))"
        case .ambiguous(let field, let text, let (first, second)):
            let a = LocalFormat.shortest(first, maximumDecimals: 3, in: language)
            let b = String(Int(second))
            return nl
                ? "‘\(text)’ kan \(a) of \(b) betekenen; schrijf het getal zonder scheidingsteken voor duizendtallen (bijvoorbeeld \(b)). \(Self.range(field, language))"
                : "‘\(text)’ could mean \(a) or \(b); write the number without a thousands separator (for example \(b)). \(Self.range(field, language))"
        case .outOfRange(let field):
            return Self.range(field, language)
        case .tooPrecise:
            return nl ? "Geef een bedrag in hele centen." : "Enter an amount in whole cents."
        case .notADate(let text):
            return nl
                ? "‘\(text.prefix(20))’ is geen datum; geef een datum als JJJJ-MM-DD."
                : "‘\(text.prefix(20))’ is not a date; enter a date as YYYY-MM-DD."
        case .unknownFormat(let text):
            let known = ModuleFormat.allCases.map(\.rawValue).joined(separator: ", ")
            return nl ? "Onbekende vorm: \(text.prefix(30)); kies uit \(known)." : "Unknown format: \(text.prefix(30)); choose from \(known)."
        }
    }

    /// What the field accepts, from ``PlanLimits``.
    private static func range(_ field: PlanField, _ language: Language) -> String {
        let nl = language == .dutch
        func whole(_ value: Int) -> String { LocalFormat.integer(value, in: language) }
        switch field {
        case .budget:
            let top = LocalFormat.euros(PlanLimits.budget.upperBound, in: language)
            return nl ? "Geef een bedrag in euro's van € 0 tot \(top)." : "Enter an amount in euros from €0 to \(top)."
        case .hours:
            let (low, high) = (Int(PlanLimits.hoursPerPerson.lowerBound), Int(PlanLimits.hoursPerPerson.upperBound))
            return nl
                ? "Geef een aantal uren van \(whole(low)) tot \(whole(high))."
                : "Enter a number of hours from \(whole(low)) to \(whole(high))."
        case .weeks:
            return nl
                ? "Geef een heel aantal weken van \(PlanLimits.weeks.lowerBound) tot \(PlanLimits.weeks.upperBound)."
                : "Enter a whole number of weeks from \(PlanLimits.weeks.lowerBound) to \(PlanLimits.weeks.upperBound)."
        case .teamSize:
            let (low, high) = (PlanLimits.teamSize.lowerBound, PlanLimits.teamSize.upperBound)
            return nl
                ? "Geef een teamgrootte van \(whole(low)) tot \(whole(high)) personen."
                : "Enter a team size from \(whole(low)) to \(whole(high)) people."
        case .start: return nl ? "Geef een datum als JJJJ-MM-DD." : "Enter a date as YYYY-MM-DD."
        case .format: return nl ? "Kies een bekende vorm." : "Choose a known format."
        }
    }
}
