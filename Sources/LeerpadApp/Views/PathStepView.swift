import LeerpadCore

/// One step of a team's accepted path as JSON, with its state: `done`, `in-progress`, `next`
/// or `planned`.
public struct PathStepView: Encodable, Sendable {
    /// The module's id.
    public var module: String
    /// Its title in the chosen language.
    public var title: String
    /// The path level it belongs to.
    public var level: Int
    /// `done`, `in-progress`, `next` or `planned`.
    public var status: String

    /// The view of `step`, titled from `catalogue` in `language`.
    public init(_ step: StepProgress, catalogue: Catalogue, language: Language) {
        module = step.moduleID
        title = catalogue.title(of: step.moduleID, in: language)
        level = step.level
        status = step.status.rawValue
    }
}
