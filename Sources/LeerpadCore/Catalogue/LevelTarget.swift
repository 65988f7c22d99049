/// What a module raises: a subdimension, and the maturity level it brings a team to.
public struct LevelTarget: Hashable, Sendable {
    /// The subdimension's id.
    public var subdimensionID: String
    /// The level number a team reaches with this module.
    public var level: Int

    /// Creates a target.
    public init(subdimensionID: String, level: Int) {
        self.subdimensionID = subdimensionID
        self.level = level
    }
}
