import Foundation
import LeerpadCore

/// Reads `--at` and `LEERPAD_NOW`: a date (`2027-02-01`, midnight UTC) or an ISO 8601 date-time with zone.
enum InstantArgument {
    /// The instant `text` names, if it is one.
    static func parse(_ text: String) -> Date? {
        if let day = CalendarDate(iso8601: text) { return day.startInstant }
        let formatter = ISO8601DateFormatter()
        if let date = formatter.date(from: text) { return date }
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.date(from: text)
    }
}
