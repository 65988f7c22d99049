/// A team in the coordinator's list as JSON: name, municipality, size, access code, XP,
/// level and how many assessments it took.
public struct TeamSummaryView: Encodable, Sendable {
    /// The team's name.
    public var name: String
    /// Its municipality.
    public var municipality: String
    /// How many people it has.
    public var size: Int
    /// Its access code.
    public var accessCode: String
    /// Its XP.
    public var xp: Int
    /// Its level number.
    public var level: Int
    /// How many assessments it took.
    public var assessments: Int

    /// The summary of `report`.
    public init(_ report: TeamReport) {
        name = report.team.name
        municipality = report.team.municipality
        size = report.team.size
        accessCode = report.team.accessCode
        xp = report.progress.state.xp
        level = report.progress.state.level.number
        assessments = report.assessments.count
    }
}
