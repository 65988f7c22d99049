/// One team's recommendations and head count, an input to the coordinator's demand.
public struct TeamNeed: Hashable, Sendable {
    /// The team's name.
    public var team: String
    /// How many people would attend.
    public var people: Int
    /// What the rules recommend to the team.
    public var recommendations: Recommendations

    /// Creates a need.
    public init(team: String, people: Int, recommendations: Recommendations) {
        self.team = team
        self.people = people
        self.recommendations = recommendations
    }
}
