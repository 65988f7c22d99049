import LeerpadCore

/// One run a planned step is booked on, as JSON; `id` is `null` for self-paced e-learning.
public struct BookingView: Encodable, Sendable {
    /// The run's id, `nil` for self-paced e-learning.
    @NullEncodable public var id: String?
    /// First day, `YYYY-MM-DD`.
    public var start: String
    /// Last day, `YYYY-MM-DD`.
    public var end: String
    /// Where it takes place.
    public var location: String
    /// Whether it is online.
    public var online: Bool
    /// How many of the team go to this run.
    public var people: Int

    /// The view of `booking`.
    public init(_ booking: RunBooking) {
        id = booking.runID
        start = booking.start.description
        end = booking.end.description
        location = booking.location
        online = booking.isOnline
        people = booking.people
    }
}
