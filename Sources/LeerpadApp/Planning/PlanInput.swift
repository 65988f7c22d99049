import Foundation
import LeerpadCore

/// The constraints of a learning path as a person typed them — CLI options or form fields —
/// read and checked in one place against ``PlanLimits``, so both front ends accept and refuse
/// the same input with the same message.
public struct PlanInput: Sendable, Equatable {
    /// The whole team's budget in euros (`15000`, `15.000,00`, `€ 15000`).
    public var budget: String
    /// Study hours per person.
    public var hours: String
    /// Weeks the path may take.
    public var weeks: String
    /// People who follow the path.
    public var teamSize: String
    /// The first day, `YYYY-MM-DD`.
    public var start: String
    /// Preferred formats by raw value (`e-learning`, `classroom`, …); empty means any.
    public var formats: [String]

    /// Input with these texts.
    public init(budget: String, hours: String, weeks: String, teamSize: String, start: String, formats: [String] = []) {
        self.budget = budget
        self.hours = hours
        self.weeks = weeks
        self.teamSize = teamSize
        self.start = start
        self.formats = formats
    }

    /// What a new plan form shows: € 15,000, 60 hours, 40 weeks, the team's size, the next Monday.
    public static func suggested(teamSize: Int, today: CalendarDate) -> PlanInput {
        PlanInput(
            budget: "15000", hours: "60", weeks: "40", teamSize: String(teamSize), start: today.nextMonday.description)
    }

    /// The constraints, or the problem of each field that is refused.
    public func constraints(completed: Set<String> = []) -> Result<PlanConstraints, InputProblems<PlanField>> {
        var problems = InputProblems<PlanField>()
        let money = budget.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "€", with: "")
        let budgetValue = Self.number(money, field: .budget, problems: &problems).flatMap { value -> Euros? in
            guard value >= 0, value <= PlanLimits.budget.upperBound.amount else {
                problems.add(.budget, PlanInputProblem.outOfRange(field: .budget))
                return nil
            }
            let cents = (value * 100).rounded()
            guard abs(cents - value * 100) < 1e-6 else {
                problems.add(.budget, PlanInputProblem.tooPrecise(field: .budget))
                return nil
            }
            return Euros(cents: Int(cents))
        }
        let hoursValue = Self.number(hours, field: .hours, problems: &problems).flatMap { value -> Double? in
            guard PlanLimits.hoursPerPerson.contains(value) else {
                problems.add(.hours, PlanInputProblem.outOfRange(field: .hours))
                return nil
            }
            return value
        }
        let weeksValue = Self.whole(weeks, field: .weeks, range: PlanLimits.weeks, problems: &problems)
        let sizeValue = Self.whole(teamSize, field: .teamSize, range: PlanLimits.teamSize, problems: &problems)
        let startValue = CalendarDate(iso8601: start.trimmingCharacters(in: .whitespaces))
        if startValue == nil { problems.add(.start, PlanInputProblem.notADate(start)) }
        var formatSet: Set<ModuleFormat> = []
        for format in formats {
            guard let value = ModuleFormat(rawValue: format.trimmingCharacters(in: .whitespaces)) else {
                problems.add(.format, PlanInputProblem.unknownFormat(format))
                continue
            }
            formatSet.insert(value)
        }
        guard problems.isEmpty, let budgetValue, let hoursValue, let weeksValue, let sizeValue, let startValue else {
            return .failure(problems)
        }
        return .success(
            PlanConstraints(
                budget: budgetValue, hoursPerPerson: hoursValue, weeks: weeksValue, teamSize: sizeValue,
                preferredFormats: formatSet, start: startValue, completedModules: completed))
    }

    private static func number(_ text: String, field: PlanField, problems: inout InputProblems<PlanField>) -> Double? {
        guard text.count <= 32 else {
            problems.add(field, PlanInputProblem.notANumber(field: field, text: String(text.prefix(32)) + "…"))
            return nil
        }
        switch NumberInput.parse(text) {
        case .success(let value): return value
        case .failure(.notANumber): problems.add(field, PlanInputProblem.notANumber(field: field, text: text))
        case .failure(.ambiguous(let first, let second)):
            problems.add(field, PlanInputProblem.ambiguous(field: field, text: text, readings: (first, second)))
        }
        return nil
    }

    private static func whole(
        _ text: String, field: PlanField, range: ClosedRange<Int>, problems: inout InputProblems<PlanField>
    ) -> Int? {
        guard let value = number(text, field: field, problems: &problems) else { return nil }
        guard value.rounded() == value, Double(range.lowerBound) <= value, value <= Double(range.upperBound) else {
            problems.add(field, PlanInputProblem.outOfRange(field: field))
            return nil
        }
        return Int(value)
    }
}
