import Foundation
import Testing

/// The README's examples, run as written (in Dutch, the default), print no English a Dutch user would have
/// to translate and no decimal point.
@Suite("The README's examples in Dutch", .serialized)
struct ReadmeExamplesTests {
    /// The `swift run leerpad …` lines of the README that run as written: no placeholders, no server, no
    /// benchmark, no other language or machine format; files they would write go to a scratch folder.
    static func examples() throws -> [[String]] {
        let readme = try String(
            contentsOf: CommandRunner.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let skipped = [
            "serve", "bench", "--lang en", "--format", "my-", "answers.csv", "path/to", "FILE", "FEED", "../shared",
            "postgres://",
            "[",
            "<",
        ]
        return readme.split(separator: "\n").compactMap { line -> [String]? in
            guard let range = line.range(of: #"^swift run (-c release )?leerpad "#, options: .regularExpression) else {
                return nil
            }
            let command = line[range.upperBound...].components(separatedBy: "  #")[0]
            guard !skipped.contains(where: command.contains) else { return nil }
            return words(command)
        }
    }

    /// Splits a shell command into words, honouring double quotes.
    static func words(_ command: some StringProtocol) -> [String] {
        var words: [String] = []
        var current = ""
        var quoted = false
        for character in command {
            if character == "\"" {
                quoted.toggle()
            } else if character == " ", !quoted {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    static let englishWords = [
        " the ", " and ", " with ", " not ", " to ", "classroom", "level", "error", "warning", "expected",
        "invalid", "missing", "found", "people", "team(s)",
    ]

    @Test("every runnable example prints Dutch numbers and Dutch words")
    func dutch() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let examples = try Self.examples()
        #expect(examples.count >= 12, "found \(examples.count) examples")
        let decimalPoint = /\d\.(\d{1,2}|\d{4,})(?!\d)/
        for var arguments in examples {
            // Files an example writes land in the scratch folder, not in the repository.
            for (index, word) in arguments.enumerated() where ["--svg", "--out", "-o"].contains(word) {
                if index + 1 < arguments.count {
                    arguments[index + 1] = scratch.appendingPathComponent(arguments[index + 1]).path
                }
            }
            let result = try CommandRunner.run(
                arguments, environment: ["LEERPAD_DB": scratch.appendingPathComponent("db.sqlite").path])
            let command = arguments.joined(separator: " ")
            #expect(result.status == 0, "\(command): \(result.errors)")
            let text = (result.output + result.errors).replacingOccurrences(of: scratch.path, with: "")
            for line in text.split(separator: "\n") {
                let padded = " " + line.lowercased() + " "
                for word in Self.englishWords where padded.contains(word) {
                    Issue.record("\(command): English ‘\(word)’ in: \(line)")
                }
                let numbers = line.replacing(/[A-Za-z_\/-]+\.[A-Za-z0-9]+/, with: "")
                if numbers.contains(decimalPoint) { Issue.record("\(command): decimal point in: \(line)") }
            }
        }
    }
}
