import Foundation
import Logging

/// One log event as a line of text or of JSON (without the line end).
enum LogLine {
    /// The event as a line in `format`.
    static func render(
        _ format: LogFormat, time: Date, level: Logger.Level, label: String, message: String,
        metadata: Logger.Metadata
    ) -> String {
        switch format {
        case .text: text(time: time, level: level, message: message, metadata: metadata)
        case .json: json(time: time, level: level, label: label, message: message, metadata: metadata)
        }
    }

    /// `TIME LEVEL MESSAGE key=value …`, keys in alphabetical order, values with spaces or quotes quoted.
    static func text(time: Date, level: Logger.Level, message: String, metadata: Logger.Metadata) -> String {
        var line = timestamp(time) + " " + level.rawValue + " " + message
        for key in metadata.keys.sorted() {
            line += " " + key + "=" + textValue(metadata[key]!)
        }
        return line
    }

    /// `{"time":…,"level":…,"logger":…,"message":…, then the metadata}`, keys in alphabetical order;
    /// whole and decimal numbers stay numbers.
    static func json(time: Date, level: Logger.Level, label: String, message: String, metadata: Logger.Metadata)
        -> String
    {
        var line = "{\"time\":\"" + timestamp(time) + "\",\"level\":\"" + level.rawValue + "\",\"logger\":"
        line += jsonString(label) + ",\"message\":" + jsonString(message)
        for key in metadata.keys.sorted() where !["time", "level", "logger", "message"].contains(key) {
            line += "," + jsonString(key) + ":" + jsonValue(metadata[key]!)
        }
        return line + "}"
    }

    /// UTC, ISO 8601 with milliseconds: `2026-12-02T14:30:00.123Z`.
    static func timestamp(_ date: Date) -> String {
        let interval = date.timeIntervalSince1970
        var seconds = time_t(interval.rounded(.down))
        let millis = Int((interval - Double(seconds)) * 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let ms = millis < 10 ? "00\(millis)" : millis < 100 ? "0\(millis)" : "\(millis)"
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):"
            + "\(two(parts.tm_min)):\(two(parts.tm_sec)).\(ms)Z"
    }

    private static func textValue(_ value: Logger.MetadataValue) -> String {
        let text = "\(value)"
        guard text.isEmpty || text.contains(where: { $0 == " " || $0 == "\"" || $0 == "=" || $0.isNewline }) else {
            return text
        }
        return jsonString(text)
    }

    private static func jsonValue(_ value: Logger.MetadataValue) -> String {
        switch value {
        case .string(let text): return jsonString(text)
        case .stringConvertible(let convertible):
            if let number = convertible as? Int { return String(number) }
            if let number = convertible as? Double, number.isFinite { return String(number) }
            if let flag = convertible as? Bool { return flag ? "true" : "false" }
            return jsonString(convertible.description)
        case .array(let values): return "[" + values.map(jsonValue).joined(separator: ",") + "]"
        case .dictionary(let values):
            return "{"
                + values.keys.sorted().map { jsonString($0) + ":" + jsonValue(values[$0]!) }.joined(separator: ",")
                + "}"
        }
    }

    /// `text` as a JSON string literal.
    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
