/// A course catalogue: providers and the modules they offer.
public struct Catalogue: Sendable {
    /// When the catalogue was generated (ISO 8601), as its file states.
    public var generated: String
    /// The providers, in file order.
    public var providers: [Provider]
    /// The modules, in file order; fixed at creation so the lookup index behind ``module(_:)`` stays current.
    public let modules: [TrainingModule]

    private let index: [String: Int]

    /// Creates a catalogue.
    public init(generated: String, providers: [Provider], modules: [TrainingModule]) {
        self.generated = generated
        self.providers = providers
        self.modules = modules
        self.index = Dictionary(modules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The module with `id`.
    public func module(_ id: String) -> TrainingModule? {
        index[id].map { modules[$0] }
    }

    /// The provider with `id`.
    public func provider(_ id: String) -> Provider? {
        providers.first { $0.id == id }
    }

    /// The module ids that must be completed before `id`, transitively, prerequisites first.
    /// Unknown ids and cycles are skipped (the catalogue reader reports them).
    public func prerequisiteClosure(of id: String) -> [String] {
        var ordered: [String] = []
        var visiting: Set<String> = []
        func visit(_ current: String) {
            guard let module = module(current), visiting.insert(current).inserted else { return }
            for prerequisite in module.prerequisites where !ordered.contains(prerequisite) {
                visit(prerequisite)
                if self.module(prerequisite) != nil, !ordered.contains(prerequisite) { ordered.append(prerequisite) }
            }
        }
        visit(id)
        return ordered
    }
}
