/// The fields of a progress record as a person gives them.
public enum ProgressRecordField: String, Sendable, CaseIterable {
    case team, activity, item, score
}
