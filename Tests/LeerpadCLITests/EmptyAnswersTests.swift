import Foundation
import Testing

/// No answers is not a result: a sheet with only a header, or only "weet niet", is refused by
/// every command that scores it, and nothing is stored.
@Suite("Answer sheets without answers")
struct EmptyAnswersTests {
    static let sheets = [
        "header-only": "respondent,q01,q02\n",
        "dont-know": "respondent;q01;q02;q03\nr1;weet niet;;weet niet\nr2;;weet niet;\n",
    ]

    @Test(
        "assess, recommend, plan and demand refuse them with one message and exit 1",
        arguments: ["header-only", "dont-know"])
    func refused(name: String) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("leerpad-empty-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("\(name).csv").path
        try Self.sheets[name]!.write(toFile: file, atomically: true, encoding: .utf8)
        let database = directory.appendingPathComponent("store.sqlite").path
        _ = try CommandRunner.run(["team", "add", "Leeg", "--db", database])
        for arguments in [
            ["assess", file], ["recommend", file], ["demand", file, "--lang", "en"],
            ["plan", file, "--budget", "1000", "--hours", "10", "--weeks", "4", "--team-size", "3"],
            ["assess", file, "--team", "Leeg", "--save", "--db", database],
        ] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.output.isEmpty, "\(arguments): \(result.output)")
            let expected =
                arguments.contains("en") ? "not a single statement is answered" : "geen enkele stelling is beantwoord"
            #expect(result.errors.hasPrefix("\(file): "), "\(arguments): \(result.errors)")
            #expect(result.errors.contains(expected), "\(arguments): \(result.errors)")
        }
        let shown = try CommandRunner.run(["progress", "show", "Leeg", "--format", "json", "--db", database])
        let progress = try #require(JSONSerialization.jsonObject(with: Data(shown.output.utf8)) as? [String: Any])
        #expect(progress["xp"] as? Int == 0)
        #expect(progress["assessments"] as? Int == 0)
    }
}
