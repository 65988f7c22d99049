import LeerpadCore

/// The ids a rule file may name: the model's subdimensions and dimensions, the catalogue's
/// modules and the use cases. A rule naming anything else is a validation error at its line.
public struct RuleVocabulary: Sendable {
    /// Subdimension and dimension ids that conditions may read.
    public var targets: Set<String>
    /// Module ids that rules may recommend.
    public var modules: Set<String>
    /// Use case ids that rules may recommend.
    public var useCases: Set<String>

    /// The vocabulary of this model, catalogue and use cases.
    public init(model: MaturityModel, catalogue: Catalogue, useCases: [UseCase]) {
        targets = Set(model.subdimensions.map(\.id) + model.dimensions.map(\.id))
        modules = Set(catalogue.modules.map(\.id))
        self.useCases = Set(useCases.map(\.id))
    }
}
