import LeerpadApp
import LeerpadCore

extension PlanInput {
    /// The plan form's fields from a query or form body, over the suggested values.
    init(form: FormData, teamSize: Int, today: CalendarDate) {
        self = .suggested(teamSize: teamSize, today: today)
        if let value = form["budget"] { budget = value }
        if let value = form["hours"] { hours = value }
        if let value = form["weeks"] { weeks = value }
        if let value = form["teamSize"] { self.teamSize = value }
        if let value = form["start"] { start = value }
        formats = form.all("format")
    }
}
