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
    /// The game's settings.
    public var game: GameSettings

    /// Creates a bundle.
    public init(model: MaturityModel, catalogue: Catalogue, useCases: [UseCase], rules: [Rule], game: GameSettings) {
        self.model = model
        self.catalogue = catalogue
        self.useCases = useCases
        self.rules = rules
        self.game = game
    }
}
