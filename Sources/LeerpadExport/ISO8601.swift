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
}
