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
        let stamp = ISO8601DateFormatter().string(from: now).replacingOccurrences(of: "-", with: "")
            .replacingOccurrences(of: ":", with: "")
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Leerpad//Coordinator//NL", "CALSCALE:GREGORIAN"]
        for data in teams {
            for step in data.path?.steps ?? [] {
                let title = content.catalogue.module(step.moduleID)?.title[l] ?? step.moduleID
                lines += [
                    "BEGIN:VEVENT",
                    "UID:team-\(data.team.id)-\(step.moduleID)@leerpad",
                    "DTSTAMP:\(stamp)",
                    "DTSTART;VALUE=DATE:\(step.start.description.replacingOccurrences(of: "-", with: ""))",
                    "DTEND;VALUE=DATE:\(step.end.adding(days: 1).description.replacingOccurrences(of: "-", with: ""))",
                    "SUMMARY:\(escape("\(data.team.name): \(title)"))",
                    "DESCRIPTION:\(escape("\(step.moduleID), \(l.pick("niveau", "level")) \(step.level)"))",
                    "END:VEVENT",
                ]
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\r", with: "")
    }

    private static func fold(_ line: String) -> String {
        var result = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            if octets + size > 75 {
                result += "\r\n "
                octets = 1
            }
            result.append(character)
            octets += size
        }
        return result
    }
}
