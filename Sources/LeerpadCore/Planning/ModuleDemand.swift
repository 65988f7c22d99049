/// How much one module is needed across teams, for the training coordinator.
public struct ModuleDemand: Hashable, Sendable {
    /// The module's id.
    public var moduleID: String
    /// The teams that need it, in input order.
    public var teams: [String]
    /// The teams among them that need it only as a prerequisite of a recommended module.
    public var teamsForPrerequisite: [String]
    /// How many people need it.
    public var people: Int
    /// How many runs to organise so that no group exceeds the module's maximum size.
    public var runs: Int
    /// The cost for all these people.
    public var cost: Euros
    /// The highest priority any team's rules gave it (0 when only a prerequisite).
    public var priority: Int

    /// Creates a demand line.
    public init(
        moduleID: String, teams: [String], teamsForPrerequisite: [String], people: Int, runs: Int, cost: Euros,
        priority: Int
    ) {
        self.moduleID = moduleID
        self.teams = teams
        self.teamsForPrerequisite = teamsForPrerequisite
        self.people = people
        self.runs = runs
        self.cost = cost
        self.priority = priority
    }
}
