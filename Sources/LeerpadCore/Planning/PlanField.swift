/// One of the constraints a user gives for a learning path; its raw value is the form field's name.
public enum PlanField: String, CaseIterable, Sendable {
    case budget, hours, weeks, teamSize, start, format
}
