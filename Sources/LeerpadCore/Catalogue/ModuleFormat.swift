/// How a training module is delivered.
public enum ModuleFormat: String, CaseIterable, Sendable, Hashable, Codable {
    case eLearning = "e-learning"
    case classroom
    case workshop
    case coaching
}
