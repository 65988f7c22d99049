import LeerpadContent
import LeerpadCore

extension ContentBundle {
    /// What the game engine needs of the Content.
    public var gameContext: GameEngine.Context {
        GameEngine.Context(settings: game, model: model, catalogue: catalogue, useCases: useCases)
    }
}
