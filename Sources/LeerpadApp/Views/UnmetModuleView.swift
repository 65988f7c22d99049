import LeerpadCore

/// A module the plan could not place, as JSON: a stable `code` for scripts (`over-budget`,
/// `no-run`, …) and the `reason` in the chosen language.
public struct UnmetModuleView: Encodable, Sendable {
    /// The module's id.
    public var module: String
    /// Its title in the chosen language.
    public var title: String
    /// A stable code for scripts: `over-budget`, `no-run`, `runs-overlap`, ….
    public var code: String
    /// Why, in the chosen language.
    public var reason: String

    /// The view of `unmet`, titled from `catalogue` in `language`.
    public init(_ unmet: UnmetModule, catalogue: Catalogue, language: Language) {
        module = unmet.moduleID
        title = catalogue.title(of: unmet.moduleID, in: language)
        code = unmet.reason.code
        reason = unmet.reason.message(in: language)
    }
}
