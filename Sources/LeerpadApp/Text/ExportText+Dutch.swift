import LeerpadCore

extension ExportText {
    /// The text in Dutch.
    public var dutch: String {
        switch self {
        case .calendarEvent(let module, let level, let people): "\(module), etappe \(level), \(people) personen"
        case .teamCalendarEvent(let module, let level): "\(module), etappe \(level)"

        // Spreadsheet columns
        case .columnRank: "rang"
        case .columnStage: "etappe"
        case .columnModule: "module"
        case .columnTitle: "titel"
        case .columnFormat: "vorm"
        case .columnStart: "start"
        case .columnEnd: "einde"
        case .columnLocation: "locatie"
        case .columnTeams: "teams"
        case .columnPeople: "personen"
        case .columnRuns: "uitvoeringen"
        case .columnMaxGroup: "max groep"
        case .columnHoursPerPerson: "uren p.p."
        case .columnCost: "kosten"
        case .columnPriority: "prioriteit"
        case .columnTeam: "team"
        case .columnMunicipality: "gemeente"
        case .columnSize: "omvang"
        case .columnXP: "xp"
        case .columnRankName: "rangnaam"
        case .columnBadges: "badges"
        case .columnStreakWeeks: "reeks weken"
        case .columnEvents: "gebeurtenissen"
        case .columnModulesCompleted: "modules afgerond"
        case .columnAssessments: "scans"
        case .columnLatestAssessment: "laatste scan"
        case .columnEvent: "gebeurtenis"
        case .columnKind: "soort"
        case .columnTarget: "onderwerp"
        case .columnMoment: "moment"
        case .columnReason: "reden"
        }
    }
}
