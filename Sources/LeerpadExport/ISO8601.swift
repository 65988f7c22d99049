import Foundation
import LeerpadCore

/// Timestamps as ISO 8601 in UTC with a `Z`, the form xAPI and Open Badges expect.
enum ISO8601 {
    static func string(_ date: Date) -> String {
        let seconds = date.timeIntervalSince1970
        let whole = Int(seconds.rounded(.down))
        let milliseconds = Int(((seconds - Double(whole)) * 1000).rounded(.down))
        let day = CalendarDate(Date(timeIntervalSince1970: Double(whole)))
        let time = whole - Int(day.startInstant.timeIntervalSince1970)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let fraction = milliseconds == 0 ? "" : "." + String(format: "%03d", milliseconds)
        return "\(day)T\(two(time / 3600)):\(two(time / 60 % 60)):\(two(time % 60))\(fraction)Z"
    }

    /// Whole seconds since 1970 of a timestamp this type wrote (`…Z`, optional milliseconds).
    static func seconds(_ text: String) -> Int64? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions =
            text.contains(".") ? [.withInternetDateTime, .withFractionalSeconds] : [.withInternetDateTime]
        return formatter.date(from: text).map { Int64($0.timeIntervalSince1970.rounded(.down)) }
    }
}
