import LeerpadApp
import LeerpadCore

/// Reasons per form field, in field order of appearance, as the pages show them.
struct FieldErrors: Error, Sendable {
    private(set) var order: [String] = []
    private(set) var reasons: [String: String] = [:]

    init() {}

    /// The problems of a use case's input, in `language`.
    init<Field>(_ problems: InputProblems<Field>, language: Language) {
        for entry in problems.entries { self[entry.field.rawValue] = entry.problem.message(in: language) }
    }

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
