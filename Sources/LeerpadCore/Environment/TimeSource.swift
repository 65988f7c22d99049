import Foundation

/// Where "now" comes from: the system clock in the program, a fixed instant in tests and
/// snapshots. The core never reads the clock itself; the edges pass one of these in.
public struct TimeSource: Sendable {
    private let read: @Sendable () -> Date

    /// A source that asks `read` for the current instant.
    public init(_ read: @escaping @Sendable () -> Date) {
        self.read = read
    }

    /// The current instant.
    public func now() -> Date { read() }

    /// The current day (UTC).
    public func today() -> CalendarDate { CalendarDate(read()) }

    /// The system's wall clock.
    public static let system = TimeSource { Date() }

    /// Always `instant`.
    public static func fixed(_ instant: Date) -> TimeSource {
        TimeSource { instant }
    }
}
