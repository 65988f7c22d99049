import LeerpadCore

extension ExportText {
    /// The text in English.
    public var english: String {
        switch self {
        case .calendarEvent(let module, let level, let people): "\(module), stage \(level), \(people) people"
        case .teamCalendarEvent(let module, let level): "\(module), stage \(level)"

        // Spreadsheet columns
        case .columnRank: "rank"
        case .columnStage: "stage"
        case .columnModule: "module"
        case .columnTitle: "title"
        case .columnFormat: "format"
        case .columnStart: "start"
        case .columnEnd: "end"
        case .columnLocation: "location"
        case .columnTeams: "teams"
        case .columnPeople: "people"
        case .columnRuns: "runs"
        case .columnMaxGroup: "max group"
        case .columnHoursPerPerson: "hours pp"
        case .columnCost: "cost"
        case .columnPriority: "priority"
        case .columnTeam: "team"
        case .columnMunicipality: "municipality"
        case .columnSize: "size"
        case .columnXP: "xp"
        case .columnRankName: "rank name"
        case .columnBadges: "badges"
        case .columnStreakWeeks: "streak weeks"
        case .columnEvents: "events"
        case .columnModulesCompleted: "modules completed"
        case .columnAssessments: "assessments"
        case .columnLatestAssessment: "latest assessment"
        case .columnEvent: "event"
        case .columnKind: "kind"
        case .columnTarget: "target"
        case .columnMoment: "at"
        case .columnReason: "reason"
        }
    }
}
