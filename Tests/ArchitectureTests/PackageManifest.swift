import Foundation

/// The targets of `Package.swift` and what each depends on, read from the manifest's text.
///
/// The manifest is written in one style (`.target(name: "…", dependencies: […])`), so a small
/// reader is enough; a target it cannot read makes the tests fail rather than pass.
struct PackageManifest {
    struct Target: Equatable {
        var name: String
        var kind: String
        /// Targets and products it depends on, by name.
        var dependencies: [String]
    }

    var targets: [Target]

    init(text: String) {
        var targets: [Target] = []
        let kinds = ["target", "executableTarget", "systemLibrary", "testTarget"]
        var rest = Substring(text)
        while let range = kinds.compactMap({ kind in rest.range(of: ".\(kind)(").map { (kind, $0) } })
            .min(by: { $0.1.lowerBound < $1.1.lowerBound })
        {
            let body = Self.balanced(rest[range.1.upperBound...])
            let name = Self.firstQuoted(after: "name:", in: body) ?? "?"
            var dependencies: [String] = []
            if let list = body.range(of: "dependencies:") {
                let inside = Self.bracketed(body[list.upperBound...])
                var cursor = inside[...]
                while let product = cursor.range(of: ".product(name:") {
                    let before = cursor[..<product.lowerBound]
                    dependencies += Self.quoted(before)
                    let productBody = Self.balanced(cursor[cursor.index(product.lowerBound, offsetBy: 9)...])
                    dependencies += Self.firstQuoted(after: "name:", in: productBody).map { [$0] } ?? []
                    cursor = cursor[cursor.index(product.lowerBound, offsetBy: 9 + productBody.count)...]
                }
                dependencies += Self.quoted(cursor)
            }
            targets.append(Target(name: name, kind: range.0, dependencies: dependencies))
            rest = rest[range.1.upperBound...]
        }
        self.targets = targets
    }

    /// The text up to the parenthesis that closes the one before `text`.
    private static func balanced(_ text: Substring) -> Substring {
        var depth = 1
        for index in text.indices {
            if text[index] == "(" { depth += 1 }
            if text[index] == ")" { depth -= 1 }
            if depth == 0 { return text[..<index] }
        }
        return text
    }

    /// The text inside the first `[…]`.
    private static func bracketed(_ text: Substring) -> Substring {
        guard let open = text.firstIndex(of: "[") else { return "" }
        var depth = 0
        for index in text[open...].indices {
            if text[index] == "[" { depth += 1 }
            if text[index] == "]" { depth -= 1 }
            if depth == 0 { return text[text.index(after: open)..<index] }
        }
        return ""
    }

    private static func quoted(_ text: Substring) -> [String] {
        text.split(separator: "\"", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    private static func firstQuoted(after label: String, in text: Substring) -> String? {
        guard let range = text.range(of: label) else { return nil }
        return quoted(text[range.upperBound...]).first
    }
}
