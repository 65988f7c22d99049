import Foundation

/// The parts of an ISO 8601 duration that course feeds use: `P2D`, `P1W`, `PT6H`, `P1DT3H`.
struct ISODuration: Hashable {
    /// Whole days (weeks count as 7), or `nil` when the duration has months or years.
    var days: Int?
    /// Hours from the time part (`T…H`, minutes as fractions).
    var hours: Double

    /// Parses `text`; `nil` when it is not such a duration.
    init?(_ text: String) {
        let text = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard text.hasPrefix("P"), text.count > 1 else { return nil }
        var days = 0
        var calendar = false
        var hours = 0.0
        var inTime = false
        var number = ""
        for character in text.dropFirst() {
            switch character {
            case "T": inTime = true
            case "0"..."9", ".", ",": number.append(character == "," ? "." : character)
            default:
                guard let value = Double(number) else { return nil }
                number = ""
                switch (inTime, character) {
                case (false, "Y"), (false, "M"): calendar = true
                case (false, "W"): days += Int(value) * 7
                case (false, "D"): days += Int(value)
                case (true, "H"): hours += value
                case (true, "M"): hours += value / 60
                case (true, "S"): hours += value / 3600
                default: return nil
                }
            }
        }
        guard number.isEmpty else { return nil }
        self.days = calendar ? nil : days
        self.hours = hours
    }
}
