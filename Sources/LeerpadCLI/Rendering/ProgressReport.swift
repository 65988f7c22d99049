import Foundation
import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// A team's progress as JSON-ready values: `xp`, `level`, `events`, `badges`, `streakWeeks`,
/// `path` with step states, and `maturity` per subdimension with its change.
struct ProgressReport: Encodable {
    struct Level: Encodable {
        var number: Int
        var name: String
        var xp: Int
        var nextXP: Int?
    }

    struct Badge: Encodable {
        var id: String
        var name: String
        var earnedAt: String
    }

    struct Step: Encodable {
        var module: String
        var title: String
        /// The path stage.
        var level: Int
        var status: String
        @NullEncodable var start: String?
        @NullEncodable var end: String?
        /// The run's days for people (`3 maart 2027`), not encoded.
        var when: String?

        enum CodingKeys: String, CodingKey { case module, title, level, status, start, end }
    }

    struct Maturity: Encodable {
        var subdimension: String
        var name: String
        @NullEncodable var score: Double?
        @NullEncodable var level: Int?
        @NullEncodable var previousScore: Double?
        @NullEncodable var previousLevel: Int?
        @NullEncodable var change: Double?
        @NullEncodable var levelChange: Int?

    }

    var team: String
    var municipality: String
    var xp: Int
    var level: Level
    var events: Int
    var badges: [Badge]
    var streakWeeks: Int
    var longestStreakWeeks: Int
    var workingTowardLevel: Int?
    var path: [Step]
    var assessments: Int
    var maturity: [Maturity]

    init(team: Team, progress: TeamProgress, content: ContentBundle, language: Language) {
        let state = progress.state
        self.team = team.name
        municipality = team.municipality
        xp = state.xp
        let next = content.game.levels.first { $0.minimumXP > state.xp }
        level = Level(
            number: state.level.number, name: state.level.name[language], xp: state.level.minimumXP,
            nextXP: next?.minimumXP)
        events = state.events
        badges = state.badges.map { badge in
            Badge(
                id: badge.badgeID,
                name: content.game.badges.first { $0.id == badge.badgeID }?.name[language] ?? badge.badgeID,
                earnedAt: ISO8601DateFormatter().string(from: badge.earnedAt))
        }
        streakWeeks = state.streakWeeks
        longestStreakWeeks = state.longestStreakWeeks
        workingTowardLevel = progress.workingLevel
        path = progress.steps.map { step in
            var when: String?
            if step.status != .done, let start = step.start, let end = step.end {
                when = LocalFormat.dateSpan(start, end, in: language)
            }
            return Step(
                module: step.moduleID,
                title: content.catalogue.module(step.moduleID)?.title[language] ?? step.moduleID,
                level: step.level, status: step.status.rawValue, start: step.start?.description,
                end: step.end?.description, when: when)
        }
        assessments = progress.assessments
        maturity = progress.maturity.map { change in
            Maturity(
                subdimension: change.subdimensionID,
                name: content.model.subdimension(change.subdimensionID)?.name[language] ?? change.subdimensionID,
                score: change.score.map(LocalFormat.rounded), level: change.level,
                previousScore: change.previousScore.map(LocalFormat.rounded), previousLevel: change.previousLevel,
                change: change.scoreChange.map(LocalFormat.rounded), levelChange: change.levelChange)
        }
    }

    func text(in language: Language, accessCode: String? = nil) -> String {
        var lines = ["\(team) — \(municipality)"]
        if let accessCode { lines.append(language.text(.accessCode(accessCode))) }
        let nextText = level.nextXP.map { " (\(language.text(.nextLevelAt(xp: $0))))" } ?? ""
        lines.append("XP \(xp) · \(language.text(.levelNumber(level.number))) \(level.name)\(nextText)")
        lines.append(language.text(.streak(weeks: streakWeeks, longest: longestStreakWeeks, events: events)))
        lines.append(
            language.text(.badges) + ": " + (badges.isEmpty ? "–" : badges.map(\.name).joined(separator: ", ")))
        if !path.isEmpty {
            lines.append("")
            lines.append(
                language.text(.learningPath)
                    + (workingTowardLevel.map { " (\(language.text(.workingToward(level: $0))))" } ?? ""))
            let labels: [String: String] = [
                "done": "✓ " + language.text(.stepDone), "in-progress": "… " + language.text(.stepInProgress),
                "next": "→ " + language.text(.stepNext), "planned": "  " + language.text(.stepPlanned),
            ]
            for step in path {
                let when = step.when.map { " · \($0)" } ?? ""
                lines.append(
                    "  \(labels[step.status] ?? step.status)  [\(language.text(.stage)) \(step.level)] \(step.title)\(when)"
                )
            }
        }
        let changed = maturity.filter { ($0.levelChange ?? 0) != 0 }
        if !changed.isEmpty {
            lines.append("")
            lines.append(language.text(.maturitySincePreviousScan))
            for item in changed {
                let arrow = (item.levelChange ?? 0) > 0 ? "↑" : "↓"
                let change = language.text(.levelChange(from: item.previousLevel ?? 0, to: item.level ?? 0))
                lines.append("  \(arrow) \(item.name): \(change)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
