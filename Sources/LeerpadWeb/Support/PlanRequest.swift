import Foundation
import LeerpadCore

/// The plan constraints from a form or query, each field checked with its reason.
struct PlanRequest {
    var budget = "15000"
    var hours = "60"
    var weeks = "40"
    var teamSize = ""
    var start = ""
    var formats: [String] = []

    init(teamSize: Int, today: Date = Date()) {
        self.teamSize = String(teamSize)
        let days = Int((today.timeIntervalSince1970 / 86_400).rounded(.down))
        let date = CalendarDate(daysSinceEpoch: days)
        // The next Monday (weekday: 1 = Monday … 7 = Sunday).
        start = date.adding(days: (8 - date.weekday) % 7 == 0 ? 7 : (8 - date.weekday) % 7).description
    }

    init(form: FormData, teamSize: Int, today: Date = Date()) {
        self.init(teamSize: teamSize, today: today)
        if let value = form["budget"] { budget = value }
        if let value = form["hours"] { hours = value }
        if let value = form["weeks"] { weeks = value }
        if let value = form["teamSize"] { self.teamSize = value }
        if let value = form["start"] { start = value }
        formats = form.all("format")
    }

    /// The constraints, or the reason per field.
    func constraints(completed: Set<String>, language l: Language) -> Result<PlanConstraints, FieldErrors> {
        var errors = FieldErrors()
        let budgetText = budget.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        let budgetValue = budgetText.count <= 12 ? Euros(decimal: budgetText) : nil
        if budgetValue == nil || budgetValue!.cents < 0 || budgetValue!.cents > 100_000_000 {
            errors["budget"] = l.pick(
                "Geef een bedrag in euro's tussen 0 en 1.000.000.", "Enter an amount in euros between 0 and 1,000,000.")
        }
        let hoursValue = Double(hours.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "."))
        if hoursValue == nil || !hoursValue!.isFinite || !(0...2000).contains(hoursValue!) {
            errors["hours"] = l.pick(
                "Geef een aantal uren tussen 0 en 2000.", "Enter a number of hours between 0 and 2000.")
        }
        let weeksValue = Int(weeks.trimmingCharacters(in: .whitespaces))
        if weeksValue == nil || !(1...260).contains(weeksValue!) {
            errors["weeks"] = l.pick(
                "Geef een aantal weken tussen 1 en 260.", "Enter a number of weeks between 1 and 260.")
        }
        let sizeValue = Int(teamSize.trimmingCharacters(in: .whitespaces))
        if sizeValue == nil || !(1...500).contains(sizeValue!) {
            errors["teamSize"] = l.pick("Geef een teamgrootte tussen 1 en 500.", "Enter a team size between 1 and 500.")
        }
        let startValue = CalendarDate(iso8601: start.trimmingCharacters(in: .whitespaces))
        if startValue == nil {
            errors["start"] = l.pick("Geef een datum als JJJJ-MM-DD.", "Enter a date as YYYY-MM-DD.")
        }
        var formatSet: Set<ModuleFormat> = []
        for format in formats {
            guard let value = ModuleFormat(rawValue: format) else {
                errors["format"] = l.pick("Onbekende vorm: \(format).", "Unknown format: \(format).")
                continue
            }
            formatSet.insert(value)
        }
        guard errors.isEmpty, let budgetValue, let hoursValue, let weeksValue, let sizeValue, let startValue else {
            return .failure(errors)
        }
        return .success(
            PlanConstraints(
                budget: budgetValue, hoursPerPerson: hoursValue, weeks: weeksValue, teamSize: sizeValue,
                preferredFormats: formatSet, start: startValue, completedModules: completed))
    }
}

/// Reasons per form field, in field order of appearance.
struct FieldErrors: Error, Sendable {
    private(set) var order: [String] = []
    private(set) var reasons: [String: String] = [:]

    subscript(field: String) -> String? {
        get { reasons[field] }
        set {
            if reasons[field] == nil, newValue != nil { order.append(field) }
            reasons[field] = newValue
            if newValue == nil { order.removeAll { $0 == field } }
        }
    }

    var isEmpty: Bool { order.isEmpty }
    var first: (field: String, reason: String)? { order.first.map { ($0, reasons[$0]!) } }

    /// The reason next to a field, linked with `aria-describedby="<field>-error"`.
    func message(_ field: String) -> HTML {
        guard let reason = reasons[field] else { return .empty }
        return "<p class=\"field-error\" id=\"\(field)-error\">\(reason)</p>"
    }

    /// ` aria-invalid="true" aria-describedby="…"` for a field with an error.
    func attributes(_ field: String) -> HTML {
        guard reasons[field] != nil else { return .empty }
        return " aria-invalid=\"true\" aria-describedby=\"\(field)-error\""
    }
}
