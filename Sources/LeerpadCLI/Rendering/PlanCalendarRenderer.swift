import LeerpadCore

/// Renders a learning path as an iCalendar file (RFC 5545): one all-day event per booked run.
struct PlanCalendarRenderer {
    let language: Language
    /// The DTSTAMP of every event, `YYYYMMDDTHHMMSSZ` (UTC).
    let timestamp: String

    func render(_ report: PlanReport) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Leerpad//Learning path//NL", "CALSCALE:GREGORIAN"]
        for level in report.levels {
            for step in level.steps {
                for (index, run) in step.bookings.enumerated() {
                    let nl = language == .dutch
                    let levelText = (nl ? "niveau " : "level ") + "\(level.level)"
                    lines += [
                        "BEGIN:VEVENT",
                        "UID:\(run.id ?? "\(step.module)-self-paced")-\(index)@leerpad",
                        "DTSTAMP:\(timestamp)",
                        "DTSTART;VALUE=DATE:\(compact(run.start))",
                        "DTEND;VALUE=DATE:\(compact(dayAfter(run.end)))",
                        "SUMMARY:\(escape(step.title))",
                        "LOCATION:\(escape(run.id == nil ? (nl ? "zelfstudie online" : "self-paced online") : run.location))",
                        "DESCRIPTION:\(escape("\(step.module), \(levelText), \(run.people) \(nl ? "personen" : "people")"))",
                        "END:VEVENT",
                    ]
                }
            }
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    private func compact(_ date: String) -> String { date.replacingOccurrences(of: "-", with: "") }

    private func dayAfter(_ date: String) -> String {
        (CalendarDate(iso8601: date)?.adding(days: 1)).map(\.description) ?? date
    }

    /// Escapes text values: backslash, semicolon, comma and newlines.
    private func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\n", with: "\\n")
    }

    /// Folds a content line at 75 octets, continuing with a space, never inside a UTF-8 sequence.
    private func fold(_ line: String) -> String {
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
