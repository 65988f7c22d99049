import Foundation

extension CalendarDate {
    /// The day (UTC) that `instant` falls on.
    public init(_ instant: Date) {
        self.init(daysSinceEpoch: Int((instant.timeIntervalSince1970 / 86_400).rounded(.down)))
    }

    /// Midnight (UTC) at the start of this day.
    public var startInstant: Date {
        Date(timeIntervalSince1970: Double(daysSinceEpoch) * 86_400)
    }

    /// The first Monday after this day (a week later when this day is a Monday).
    public var nextMonday: CalendarDate {
        let ahead = (8 - weekday) % 7
        return adding(days: ahead == 0 ? 7 : ahead)
    }
}
