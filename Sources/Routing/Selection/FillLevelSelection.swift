/// Pure rules of fill-level driven (prize-collecting) selection.
public enum FillLevelSelection {
    /// The class of a customer with fill level `fill`.
    public static func classify(fill: Double, thresholds: SelectionThresholds) -> SelectionClass {
        if fill >= thresholds.mustVisit { return .mandatory }
        if fill >= thresholds.optionalFrom { return .optional }
        return .skipped
    }

    /// The prize of an optional customer: grows linearly from 0 at `optionalFrom` to
    /// `detourBudget` at `mustVisit`, so fuller customers justify longer detours.
    public static func prize(fill: Double, thresholds: SelectionThresholds, detourBudget: Double) -> Double {
        let span = thresholds.mustVisit - thresholds.optionalFrom
        guard span > 0 else { return detourBudget }
        let share = (fill - thresholds.optionalFrom) / span
        return detourBudget * min(1, max(0, share))
    }

    /// Decisions for all customers, in input order.
    public static func decide(
        _ customers: [FillLevelCustomer], thresholds: SelectionThresholds, detourBudget: Double
    ) -> [SelectionDecision] {
        customers.enumerated().map { index, customer in
            let selection = classify(fill: customer.fill, thresholds: thresholds)
            let prize =
                selection == .optional
                ? self.prize(fill: customer.fill, thresholds: thresholds, detourBudget: detourBudget) : 0
            return SelectionDecision(customer: index, selection: selection, fill: customer.fill, prize: prize)
        }
    }
}
