import Foundation
import LeerpadCore

/// iCalendar (RFC 5545) files of all-day events, for planned course runs.
public enum ICalendar {
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

        /// Creates an event.
        public init(
            uid: String, start: CalendarDate, end: CalendarDate, summary: String, location: String? = nil,
            description: String? = nil
        ) {
            self.uid = uid
            self.start = start
            self.end = end
            self.summary = summary
            self.location = location
            self.description = description
        }
    }

    /// The calendar with `events`, stamped `now`; CRLF line ends, lines folded at 75 octets.
    public static func render(_ events: [Event], productID: String, now: Date) -> String {
        let stamp = stamp(now)
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(productID)", "CALSCALE:GREGORIAN"]
        for event in events {
            lines += [
                "BEGIN:VEVENT", "UID:\(event.uid)", "DTSTAMP:\(stamp)",
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
