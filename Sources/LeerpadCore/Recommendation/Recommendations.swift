/// What the rules recommend to one team.
public struct Recommendations: Hashable, Sendable {
    /// Modules, by priority, then gap (largest first), then id.
    public var modules: [ModuleRecommendation]
    /// Use cases, by priority, then level (lowest first), then id.
    public var useCases: [UseCaseRecommendation]

    /// Creates recommendations.
    public init(modules: [ModuleRecommendation], useCases: [UseCaseRecommendation]) {
        self.modules = modules
        self.useCases = useCases
    }
}
