import Foundation
import LeerpadContent
import LeerpadCore
import LeerpadTestSupport
import Testing

@Suite("leerpad assess")
struct AssessCommandTests {
    static let teams = ["afvalbeheer.csv", "afvalbeheer-2027.csv", "sociaal-domein.csv", "informatievoorziening.csv"]
    let model: MaturityModel

    init() throws {
        model = try ContentDirectory(url: CommandRunner.repository.appendingPathComponent("Content")).loadModel()
    }

    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 0, "\(result.errors)")
        return try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    }

    @Test("JSON scores equal the mean of the answers in the file, recomputed independently", arguments: teams)
    func scoresMatchTheFile(team: String) throws {
        let path = "Scenarios/teams/\(team)"
        let document = try json(["assess", path, "--format", "json"])
        let statements = model.questionnaires.flatMap(\.statements)
        let expected = try IndependentScores.compute(
            csv: CommandRunner.repository.appendingPathComponent(path),
            subdimensionOf: Dictionary(uniqueKeysWithValues: statements.map { ($0.id, $0.subdimensionID) }),
            reversed: Set(statements.filter(\.isReversed).map(\.id)))

        let subdimensions = try #require(document["subdimensions"] as? [[String: Any]])
        #expect(subdimensions.count == 17)
        var scores: [String: Double] = [:]
        for entry in subdimensions {
            let id = try #require(entry["id"] as? String)
            let score = try #require(entry["score"] as? Double, "\(id) has a score")
            let expectedScore = try #require(expected[id])
            #expect(abs(score - expectedScore) < 0.0006, "\(id): \(score) vs \(expectedScore)")
            #expect(entry["level"] as? Int == model.level(for: expectedScore).number)
            #expect((entry["respondents"] as? Int ?? 0) > 0)
            #expect(entry["answered"] is Int)
            #expect(entry["spread"] is Double)
            #expect(entry["dimension"] as? String == model.subdimension(id)?.dimensionID)
            scores[id] = score
        }
        let weakest = try #require(document["weakest"] as? [String])
        #expect(Set(weakest) == Set(scores.keys))
        #expect(zip(weakest, weakest.dropFirst()).allSatisfy { scores[$0]! <= scores[$1]! })

        let dimensions = try #require(document["dimensions"] as? [[String: Any]])
        #expect(dimensions.map { $0["id"] as? String } == model.dimensions.map(\.id))
        for entry in dimensions {
            let dimension = try #require(model.dimension(entry["id"] as? String ?? ""))
            let mean =
                dimension.subdimensionIDs.compactMap { expected[$0] }.reduce(0, +)
                / Double(dimension.subdimensionIDs.count)
            #expect(abs((entry["score"] as? Double ?? 0) - mean) < 0.0006)
            #expect(entry["level"] as? Int == model.level(for: mean).number)
        }
    }

    @Test("the text table shows every subdimension with the score of the JSON output", arguments: teams)
    func textMatchesJSON(team: String) throws {
        let path = "Scenarios/teams/\(team)"
        let document = try json(["assess", path, "--format", "json"])
        let text = try CommandRunner.run(["assess", path])
        #expect(text.status == 0)
        let rows = text.output.split(separator: "\n").map(String.init)
        for entry in try #require(document["subdimensions"] as? [[String: Any]]) {
            let number = try #require(entry["number"] as? Int)
            let score = try #require(entry["score"] as? Double)
            let row = try #require(rows.first { $0.hasPrefix("   \(number). ") }, "row of subdimension \(number)")
            let columns = row.dropFirst(48).split(separator: " ", omittingEmptySubsequences: true)
            #expect(
                columns.first.map(String.init) == String(format: "%.1f", score).replacingOccurrences(of: ".", with: ",")
            )
        }
    }

    @Test(
        "text output is stable (snapshot), in Dutch and English",
        arguments: [("afvalbeheer.csv", "nl"), ("sociaal-domein.csv", "en")])
    func snapshot(team: String, language: String) throws {
        let result = try CommandRunner.run(["assess", "Scenarios/teams/\(team)", "--lang", language])
        #expect(result.status == 0)
        try Snapshot(besides: #filePath).assert(
            result.output, named: "assess-\(team.replacingOccurrences(of: ".csv", with: ""))-\(language).txt")
    }

    @Test(
        "malformed answer sheets give one clear message with line and column and exit 1",
        arguments: [
            ("separator-mix.csv", ":3:0: "), ("value-seven.csv", ":3:2: "), ("unknown-column.csv", ":1:3: "),
            ("empty.csv", ": "), ("binary.csv", ":3:0: "),
        ])
    func malformedSheet(file: String, location: String) throws {
        let path = "Tests/LeerpadContentTests/Fixtures/answers/\(file)"
        let result = try CommandRunner.run(["assess", path])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        let lines = result.errors.split(separator: "\n")
        #expect(lines.count == 1, "\(result.errors)")
        #expect(result.errors.hasPrefix(path + location), "\(result.errors)")
    }

    @Test("a missing answer file is named")
    func missingFile() throws {
        let result = try CommandRunner.run(["assess", "geen-bestand.csv", "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.errors == "geen-bestand.csv: no such file\n")
    }
}
