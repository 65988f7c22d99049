import LeerpadCore

/// One module of the course demand across teams, as JSON: the teams and people that need it,
/// the runs to organise for its group limit, the cost and the highest priority.
public struct DemandLineView: Encodable, Sendable {
    /// The module's id.
    public var module: String
    /// Its title in the chosen language.
    public var title: String
    /// Its format (`e-learning`, `classroom`, `workshop`, `coaching`).
    public var format: String
    /// The teams that need it.
    public var teams: [String]
    /// The teams that need it only as a prerequisite.
    public var teamsForPrerequisite: [String]
    /// How many people need it.
    public var people: Int
    /// How many runs to organise (0 for self-paced e-learning).
    public var runs: Int
    /// The module's group limit.
    public var maxGroupSize: Int
    /// Euros for all those people.
    public var cost: Double
    /// The highest priority it was recommended with.
    public var priority: Int

    /// The view of `line`, titled from `catalogue` in `language`.
    public init(_ line: ModuleDemand, catalogue: Catalogue, language: Language) {
        let module = catalogue.module(line.moduleID)
        self.module = line.moduleID
        title = catalogue.title(of: line.moduleID, in: language)
        format = module?.format.rawValue ?? ""
        teams = line.teams
        teamsForPrerequisite = line.teamsForPrerequisite
        people = line.people
        runs = line.runs
        maxGroupSize = module?.maxGroupSize ?? 0
        cost = line.cost.amount
        priority = line.priority
    }
}
