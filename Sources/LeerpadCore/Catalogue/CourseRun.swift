/// One run of a module: when and where it takes place, and how many places are left.
public struct CourseRun: Hashable, Sendable, Identifiable {
    /// The stable identifier, unique in the catalogue.
    public var id: String
    /// The first day.
    public var start: CalendarDate
    /// The last day.
    public var end: CalendarDate
    /// A city or venue, or "online".
    public var location: String
    /// Whether the run is online.
    public var isOnline: Bool
    /// Places still available.
    public var placesLeft: Int

    /// Creates a run.
    public init(id: String, start: CalendarDate, end: CalendarDate, location: String, isOnline: Bool, placesLeft: Int) {
        self.id = id
        self.start = start
        self.end = end
        self.location = location
        self.isOnline = isOnline
        self.placesLeft = placesLeft
    }
}
