import Foundation

/// Turns a feed's identifiers into native catalogue identifiers (`[a-z0-9][a-z0-9.-]{0,79}`).
enum IdentifierSlug {
    /// Whether `text` is already a native identifier.
    static func isNative(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, text.unicodeScalars.count <= 80 else { return false }
        func allowed(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
        }
        return allowed(first) && text.unicodeScalars.allSatisfy { allowed($0) || $0 == "-" || $0 == "." }
    }

    /// `text` lower-cased, with every run of other characters turned into one `-`, at most
    /// 80 characters; a URI contributes its last path segment. `nil` when nothing is left.
    static func slug(_ text: String) -> String? {
        var source = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if source.contains("://"), let last = source.split(separator: "/").last { source = String(last) }
        var result = ""
        for scalar in source.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "." {
                result.unicodeScalars.append(scalar)
            } else if !result.hasSuffix("-") {
                result += "-"
            }
        }
        while let first = result.unicodeScalars.first, !(("a"..."z").contains(first) || ("0"..."9").contains(first)) {
            result.removeFirst()
        }
        result = String(result.prefix(80))
        while result.hasSuffix("-") { result.removeLast() }
        return result.isEmpty ? nil : result
    }
}
