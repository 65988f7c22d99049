import Foundation
import LeerpadCore
import LeerpadExport
import LeerpadStore

/// A team's accepted path as calendar events: one all-day event per booked run (or per
/// self-paced module), with a UID unique per team and run, and a `SEQUENCE` that counts how
/// often that booking's dates or place changed across the paths the team accepted.
public struct TeamAgenda: Sendable {
    /// The team.
    public var team: Team
    /// The paths it accepted, oldest first (the last one is shown).
    public var history: [AcceptedPath]

    /// The agenda of `team` over the `history` of its accepted paths.
    public init(team: Team, history: [AcceptedPath]) {
        self.team = team
        self.history = history
    }

    /// The UID of `item` (a run id, or `{module}-self-paced`) in this team's calendars.
    public static func uid(team: Int64, item: String, host: String) -> String {
        ICalendar.uid(scope: "team-\(team)", item: item, host: host)
    }

    /// The events of the latest path, titled with the team's name when `prefixed`.
    public func events(
        catalogue: Catalogue, host: String, in language: Language, prefixed: Bool = false
    ) -> [ICalendar.Event] {
        guard let latest = history.last else { return [] }
        var changes: [String: (booking: Booking, sequence: Int)] = [:]
        for path in history {
            for (item, booking) in bookings(of: path, catalogue: catalogue) {
                if let known = changes[item] {
                    if known.booking != booking { changes[item] = (booking, known.sequence + 1) }
                } else {
                    changes[item] = (booking, 0)
                }
            }
        }
        return latest.steps.flatMap { step in
            bookings(of: step, catalogue: catalogue).map { item, booking in
                let title = catalogue.title(of: step.moduleID, in: language)
                return ICalendar.Event(
                    uid: Self.uid(team: team.id, item: item, host: host), start: booking.start, end: booking.end,
                    summary: prefixed ? "\(team.name): \(title)" : title, location: booking.location,
                    description: ExportText.teamCalendarEvent(module: step.moduleID, level: step.level).text(language),
                    sequence: changes[item]?.sequence ?? 0)
            }
        }
    }

    /// When and where one booking is.
    struct Booking: Hashable {
        var start: CalendarDate
        var end: CalendarDate
        var location: String?
    }

    private func bookings(of path: AcceptedPath, catalogue: Catalogue) -> [(String, Booking)] {
        path.steps.flatMap { bookings(of: $0, catalogue: catalogue) }
    }

    private func bookings(of step: AcceptedPath.Step, catalogue: Catalogue) -> [(String, Booking)] {
        guard !step.runIDs.isEmpty else {
            return [("\(step.moduleID)-self-paced", Booking(start: step.start, end: step.end, location: nil))]
        }
        let runs = catalogue.module(step.moduleID)?.runs ?? []
        return step.runIDs.map { runID in
            guard let run = runs.first(where: { $0.id == runID }) else {
                return (runID, Booking(start: step.start, end: step.end, location: nil))
            }
            return (runID, Booking(start: run.start, end: run.end, location: run.location))
        }
    }
}

extension Leerpad {
    /// `team`'s agenda: its accepted paths, oldest first (only the latest when the store keeps no history).
    public func agenda(for team: Team) throws(AppError) -> TeamAgenda {
        if let history = store as? any PathHistoryStore {
            return TeamAgenda(
                team: team, history: try storing { _ throws(StoreError) in try history.acceptedPaths(teamID: team.id) })
        }
        let latest = try storing { store throws(StoreError) in try store.latestPath(teamID: team.id) }
        return TeamAgenda(team: team, history: latest.map { [$0] } ?? [])
    }

    /// `team`'s subscription feed (iCalendar, `METHOD:PUBLISH`, Europe/Amsterdam), following its accepted path.
    public func agendaFeed(for team: Team, host: String, in language: Language) throws(AppError) -> String {
        let events = try agenda(for: team).events(catalogue: content.catalogue, host: host, in: language)
        return ICalendar.render(
            events, productID: "-//Leerpad//Team agenda//NL", now: time.now(), name: "Leerpad — \(team.name)")
    }
}
