import LeerpadApp
import LeerpadCore

/// Renders a team's progress for people: XP and level, streak, badges, the path with each
/// step's state, and the subdimensions whose level changed since the previous scan.
struct ProgressTextRenderer {
    let language: Language

    func render(_ progress: ProgressView, accessCode: String? = nil) -> String {
        var lines = ["\(progress.team) — \(progress.municipality)"]
        if let accessCode { lines.append(language.text(.accessCode(accessCode))) }
        let nextText = progress.nextLevelXP.map { " (\(language.text(.nextLevelAt(xp: $0))))" } ?? ""
        lines.append(
            "XP \(progress.xp) · \(language.text(.levelNumber(progress.level))) \(progress.levelName)\(nextText)")
        lines.append(
            language.text(
                .streak(weeks: progress.streakWeeks, longest: progress.longestStreakWeeks, events: progress.events)))
        lines.append(
            language.text(.badges) + ": "
                + (progress.badges.isEmpty ? "–" : progress.badges.map(\.name).joined(separator: ", ")))
        if !progress.path.isEmpty {
            lines.append("")
            lines.append(
                language.text(.learningPath)
                    + (progress.workingTowardLevel.map { " (\(language.text(.workingToward(level: $0))))" } ?? ""))
            let labels: [String: String] = [
                "done": "✓ " + language.text(.stepDone), "in-progress": "… " + language.text(.stepInProgress),
                "next": "→ " + language.text(.stepNext), "planned": "  " + language.text(.stepPlanned),
            ]
            for step in progress.path {
                let days = step.days.map { " · \($0)" } ?? ""
                lines.append(
                    "  \(labels[step.status] ?? step.status)  [\(language.text(.stage)) \(step.level)] \(step.title)\(days)"
                )
            }
        }
        let changed = progress.scores.filter { ($0.levelChange ?? 0) != 0 }
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
