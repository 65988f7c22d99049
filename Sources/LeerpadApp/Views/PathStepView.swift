import LeerpadCore

/// One step of a team's accepted path as JSON, with its state (`done`, `in-progress`, `next` or
/// `planned`) and the days of its run; the path's steps come in the order of those days.
public struct PathStepView: Encodable, Sendable {
    /// The module's id.
    public var module: String
    /// Its title in the chosen language.
    public var title: String
    /// The path stage it belongs to.
    public var level: Int
    /// `done`, `in-progress`, `next` or `planned`.
    public var status: String
    /// The first day of its run (`YYYY-MM-DD`), null when the path has no dates.
    @NullEncodable public var start: String?
    /// The last day of its run (`YYYY-MM-DD`), null when the path has no dates.
    @NullEncodable public var end: String?
    /// The run's days for people in the view's language (`3 maart 2027 – 4 maart 2027`); not in the JSON.
    public var days: String?

    /// The view of `step`, titled from `catalogue` in `language`.
    public init(_ step: StepProgress, catalogue: Catalogue, language: Language) {
        module = step.moduleID
        title = catalogue.title(of: step.moduleID, in: language)
        level = step.level
        status = step.status.rawValue
        start = step.start?.description
        end = step.end?.description
        days = LocalFormat.runDays(of: step, in: language)
    }

    private enum CodingKeys: String, CodingKey { case module, title, level, status, start, end }
}
