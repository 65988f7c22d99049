import LeerpadCore

/// The words of the exports: spreadsheet columns and calendar events.
///
/// The Dutch texts are in `ExportText+Dutch.swift`, the English ones in `ExportText+English.swift`, each an
/// exhaustive switch: a case without its text in either language does not compile.
public enum ExportText: TextCatalogue {
    case calendarEvent(module: String, level: Int, people: Int)
    case teamCalendarEvent(module: String, level: Int)

    // Spreadsheet columns
    case columnRank
    case columnStage
    case columnModule
    case columnTitle
    case columnFormat
    case columnStart
    case columnEnd
    case columnLocation
    case columnTeams
    case columnPeople
    case columnRuns
    case columnMaxGroup
    case columnHoursPerPerson
    case columnCost
    case columnPriority
    case columnTeam
    case columnMunicipality
    case columnSize
    case columnXP
    case columnRankName
    case columnBadges
    case columnStreakWeeks
    case columnEvents
    case columnModulesCompleted
    case columnAssessments
    case columnLatestAssessment
    case columnEvent
    case columnKind
    case columnTarget
    case columnMoment
    case columnReason
}
