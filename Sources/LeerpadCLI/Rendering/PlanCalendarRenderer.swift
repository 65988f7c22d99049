import Foundation
import LeerpadApp
import LeerpadCore
import LeerpadExport

/// Renders a learning path as an iCalendar file (RFC 5545): one all-day event per booked run.
///
/// UIDs are `{run}-{scope}@leerpad`, the scope derived from the team's answers, so that the
/// calendars of two teams on the same run do not collide, and planning again updates the
/// same events.
struct PlanCalendarRenderer {
    let language: Language
    /// When the file is made (the events' DTSTAMP).
    let now: Date
    /// What makes this plan's UIDs its own (``ICalendar/scope(of:)`` of the answers).
    let scope: String

    func render(_ report: PlanView) -> String {
        let events = report.steps.flatMap { step in
            step.bookings.enumerated().compactMap { index, run -> ICalendar.Event? in
                guard let start = CalendarDate(iso8601: run.start), let end = CalendarDate(iso8601: run.end) else {
                    return nil
                }
                return ICalendar.Event(
                    uid: ICalendar.uid(
                        scope: scope,
                        item: (run.id ?? "\(step.module)-self-paced") + (index == 0 ? "" : "-\(index)")), start: start,
                    end: end,
                    summary: step.title,
                    location: run.id == nil ? language.text(.selfPacedOnline) : run.location,
                    description: language.text(
                        .calendarEvent(module: step.module, level: step.level, people: run.people)))
            }
        }
        return ICalendar.render(events, productID: "-//Leerpad//Learning path//NL", now: now)
    }
}
