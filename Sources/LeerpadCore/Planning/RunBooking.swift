/// Places booked for the team on one run of a module.
public struct RunBooking: Hashable, Sendable {
    /// The run's id, or `nil` for self-paced study.
    public var runID: String?
    /// The first day.
    public var start: CalendarDate
    /// The last day.
    public var end: CalendarDate
    /// Where, or "online".
    public var location: String
    /// Whether it is online.
    public var isOnline: Bool
    /// How many of the team attend it.
    public var people: Int

    /// Creates a booking.
    public init(runID: String?, start: CalendarDate, end: CalendarDate, location: String, isOnline: Bool, people: Int) {
        self.runID = runID
        self.start = start
        self.end = end
        self.location = location
        self.isOnline = isOnline
        self.people = people
    }
}
