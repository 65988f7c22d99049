import LeerpadCore

/// Everything in the Content directory, read and validated.
public struct ContentBundle: Sendable {
    /// The maturity model.
    public var model: MaturityModel
    /// The course catalogue.
    public var catalogue: Catalogue
    /// The sample data use cases.
    public var useCases: [UseCase]
    /// The recommendation rules.
    public var rules: [Rule]

    /// Creates a bundle.
    public init(model: MaturityModel, catalogue: Catalogue, useCases: [UseCase], rules: [Rule]) {
        self.model = model
        self.catalogue = catalogue
        self.useCases = useCases
        self.rules = rules
    }

    /// What the rules recommend for `assessment`.
    public func recommend(for assessment: Assessment) -> Recommendations {
        Recommender.recommend(for: assessment, rules: rules, model: model, catalogue: catalogue, useCases: useCases)
    }
}
