/// The one set of limits on what a learning path may be planned for, used by every front end.
///
/// They keep plans physically meaningful and bounded: a national coordinator plans for teams, not
/// for a whole municipality at once, and no course programme runs longer than five years.
public enum PlanLimits {
    /// The team's whole training budget: € 0 to € 1,000,000.
    public static let budget = Euros.zero...Euros(cents: 100_000_000)
    /// Study hours per person: 0 to 2,000 (about a working year).
    public static let hoursPerPerson: ClosedRange<Double> = 0...2_000
    /// Weeks the path may take: 1 to 260 (five years).
    public static let weeks = 1...260
    /// People who follow the path, and the size a team may have: 1 to 10,000.
    public static let teamSize = 1...10_000
}

extension PlanConstraints {
    /// The fields outside ``PlanLimits``, in form order; empty when the constraints can be planned.
    public var fieldsOutsideLimits: [PlanField] {
        var fields: [PlanField] = []
        if !PlanLimits.budget.contains(budget) { fields.append(.budget) }
        if !hoursPerPerson.isFinite || !PlanLimits.hoursPerPerson.contains(hoursPerPerson) { fields.append(.hours) }
        if !PlanLimits.weeks.contains(weeks) { fields.append(.weeks) }
        if !PlanLimits.teamSize.contains(teamSize) { fields.append(.teamSize) }
        return fields
    }
}
