import Foundation
import LeerpadCore

/// iCalendar (RFC 5545) files of all-day events, for planned course runs.
///
/// Every calendar says `METHOD:PUBLISH` (a subscription feed, not an invitation) and carries
/// the `Europe/Amsterdam` time zone (`VTIMEZONE`, `X-WR-TIMEZONE`); the events are all-day
/// dates, which calendars show on the same day in any zone.
public enum ICalendar {
    /// The time zone every Leerpad calendar names.
    public static let timeZone = "Europe/Amsterdam"

    /// A UID unique per `scope` (a team, a plan) and `item` (a run, a self-paced module):
    /// `item-scope@host`, with anything but letters, digits, `-`, `_` and `.` made `-`.
    public static func uid(scope: String, item: String, host: String = "leerpad") -> String {
        func clean(_ text: String) -> String {
            String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : "-" })
        }
        return "\(clean(item))-\(clean(scope))@\(clean(host))"
    }

    /// A short stable scope for text that has no id of its own (an answers file): 16 hex digits.
    public static func scope(of text: String) -> String {
        String(DeterministicUUID.make(text).replacingOccurrences(of: "-", with: "").prefix(16))
    }

    /// One all-day event.
    public struct Event: Hashable, Sendable {
        /// A globally unique id (stable across exports of the same plan).
        public var uid: String
        /// The first day.
        public var start: CalendarDate
        /// The last day (inclusive).
        public var end: CalendarDate
        /// The title.
        public var summary: String
        /// Where, if known.
        public var location: String?
        /// More detail, if any.
        public var description: String?
        /// The revision: 0 at first, raised each time the booking's dates or place change.
        public var sequence: Int

        /// Creates an event.
        public init(
            uid: String, start: CalendarDate, end: CalendarDate, summary: String, location: String? = nil,
            description: String? = nil, sequence: Int = 0
        ) {
            self.uid = uid
            self.start = start
            self.end = end
            self.summary = summary
            self.location = location
            self.description = description
            self.sequence = sequence
        }
    }

    /// The calendar with `events`, stamped `now`, called `name` in calendar apps when given; CRLF
    /// line ends, lines folded at 75 octets.
    public static func render(_ events: [Event], productID: String, now: Date, name: String? = nil) -> String {
        let stamp = stamp(now)
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(productID)", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
        if let name { lines.append("X-WR-CALNAME:\(escape(name))") }
        lines.append("X-WR-TIMEZONE:\(timeZone)")
        lines += amsterdam
        for event in events {
            lines += [
                "BEGIN:VEVENT", "UID:\(event.uid)", "DTSTAMP:\(stamp)", "SEQUENCE:\(event.sequence)",
                "DTSTART;VALUE=DATE:\(compact(event.start))",
                // DTEND of an all-day event is exclusive: the day after the last day.
                "DTEND;VALUE=DATE:\(compact(event.end.adding(days: 1)))",
                "SUMMARY:\(escape(event.summary))",
            ]
            if let location = event.location { lines.append("LOCATION:\(escape(location))") }
            if let description = event.description { lines.append("DESCRIPTION:\(escape(description))") }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// Europe/Amsterdam since 1996: CET (+01:00), CEST (+02:00) from the last Sunday of March
    /// to the last Sunday of October.
    private static let amsterdam = [
        "BEGIN:VTIMEZONE", "TZID:\(timeZone)",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19810329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19961027T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]

    /// `YYYYMMDDTHHMMSSZ` in UTC.
    static func stamp(_ date: Date) -> String {
        ISO8601.string(Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)))
            .replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
    }

    private static func compact(_ date: CalendarDate) -> String {
        date.description.replacingOccurrences(of: "-", with: "")
    }

    /// Escapes text values: backslash, semicolon, comma and newlines.
    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\r", with: "")
    }

    /// Folds a content line at 75 octets, continuing with a space, never inside a UTF-8 sequence.
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
