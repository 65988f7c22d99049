import Foundation
import Testing

@Suite("leerpad content validate")
struct ContentValidateCommandTests {
    @Test("the shipped Content passes")
    func shippedContent() throws {
        let result = try CommandRunner.run(["content", "validate"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("Content/model.xml: OK"))
    }

    @Test("a broken copy fails with file:line:column per problem")
    func brokenCopy() throws {
        let original = try String(
            contentsOf: CommandRunner.repository.appendingPathComponent("Content/model.xml"), encoding: .utf8)
        let broken = original.replacingOccurrences(of: "minScore=\"2.6\"", with: "minScore=\"hoog\"")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "leerpad-broken-\(UUID().uuidString).xml")
        try broken.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }

        let result = try CommandRunner.run(["content", "validate", url.path])
        #expect(result.status == 1)
        let line = broken.components(separatedBy: "\n").firstIndex { $0.contains("minScore=\"hoog\"") }.map { $0 + 1 }
        let first = try #require(result.errors.split(separator: "\n").first)
        let pattern = "^\(NSRegularExpression.escapedPattern(for: url.path)):\(try #require(line)):[1-9][0-9]*: .*hoog"
        #expect(first.range(of: pattern, options: .regularExpression) != nil, "\(first)")
    }
}

@Suite("content validate on rules with unknown ids")
struct ContentValidateRulesTests {
    @Test("a rules file naming an unknown subdimension, module or use case fails with file and line")
    func unknownIds() throws {
        let fixture = "Tests/LeerpadContentTests/Fixtures/rules/unknown-ids.xml"
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("leerpad-rules-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let copy = directory.appendingPathComponent("rules.xml")
        try FileManager.default.copyItem(at: CommandRunner.repository.appendingPathComponent(fixture), to: copy)
        let result = try CommandRunner.run(["content", "validate", copy.path])
        #expect(result.status == 1)
        let lines = result.errors.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(result.errors)")
        #expect(lines.allSatisfy { $0.hasPrefix(copy.path + ":") })
        #expect(lines.first?.contains(":4:") == true && lines.first?.contains("score(privcy)") == true)
        let recommend = try CommandRunner.run(["recommend", "Scenarios/teams/afvalbeheer.csv", "--rules", copy.path])
        #expect(recommend.status == 1)
        #expect(recommend.output.isEmpty)
    }
}
