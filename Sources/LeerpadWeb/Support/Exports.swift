import Foundation
import LeerpadContent
import LeerpadCore
import LeerpadExport

/// The coordinator's downloads: CSV for Excel, xAPI statements, Open Badges, iCalendar.
enum Exports {
    /// One row per team, semicolon-separated UTF-8 with a byte-order mark, as Dutch Excel reads it.
    static func csv(_ teams: [TeamData], content: ContentBundle, language l: Language) -> String {
        var header = [
            "team", "municipality", "size", "xp", "level", l.pick("badges", "badges"),
            l.pick("modules_afgerond", "modules_completed"),
            l.pick("laatste_meting", "latest_assessment"),
        ]
        header += content.model.subdimensions.map(\.id)
        var lines = [header.map(cell).joined(separator: ";")]
        for data in teams {
            let state = data.progress.state
            var row = [
                data.team.name, data.team.municipality, String(data.team.size), String(state.xp),
                String(state.level.number),
                String(state.badges.count), String(state.completedModules.count),
                data.assessments.last.map { WebFormat.day($0.takenAt) } ?? "",
            ]
            row += content.model.subdimensions.map { sub in
                data.latest?.subdimension(sub.id)?.score.map { WebFormat.number($0, decimals: 2, language: .dutch) }
                    ?? ""
            }
            lines.append(row.map(cell).joined(separator: ";"))
        }
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }

    /// Quotes a field when needed; a leading `=`, `+`, `-` or `@` is defused against formula injection.
    static func cell(_ text: String) -> String {
        var value = text
        if let first = value.first, "=+-@".contains(first), Double(value) == nil { value = "'" + value }
        guard value.contains(where: { ";\"\n\r".contains($0) }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func xapi(_ teams: [TeamData], content: ContentBundle, baseURL: String) -> [XAPIStatement] {
        let exporter = XAPIExporter(baseURL: baseURL)
        return teams.flatMap { data in
            exporter.statements(
                team: ExportTeam(id: data.team.id, name: data.team.name, municipality: data.team.municipality),
                events: data.events,
                badges: data.progress.state.badges,
                badgeNames: Dictionary(
                    content.game.badges.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first }),
                moduleTitles: Dictionary(
                    content.catalogue.modules.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first }),
                useCaseTitles: Dictionary(
                    content.useCases.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first }))
        }
    }

    static func badges(_ teams: [TeamData], content: ContentBundle, baseURL: String, language: Language)
        -> [BadgeExport]
    {
        let exporter = BadgeExporter(baseURL: baseURL)
        return teams.map { data in
            exporter.credentials(
                team: ExportTeam(id: data.team.id, name: data.team.name, municipality: data.team.municipality),
                earned: data.progress.state.badges, definitions: content.game.badges, model: content.model,
                language: language)
        }
    }

    /// Every team's accepted path as all-day events (RFC 5545).
    static func calendar(_ teams: [TeamData], content: ContentBundle, language l: Language, now: Date = Date())
        -> String
    {
        let events = teams.flatMap { data in
            (data.path?.steps ?? []).map { step in
                let title = content.catalogue.module(step.moduleID)?.title[l] ?? step.moduleID
                return ICalendar.Event(
                    uid: "team-\(data.team.id)-\(step.moduleID)@leerpad", start: step.start, end: step.end,
                    summary: "\(data.team.name): \(title)",
                    description: "\(step.moduleID), \(l.pick("niveau", "level")) \(step.level)")
            }
        }
        return ICalendar.render(events, productID: "-//Leerpad//Coordinator//NL", now: now)
    }
}
