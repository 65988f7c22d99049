import Foundation
import LeerpadContent
import LeerpadCore
import Testing

@Suite("Validating Content files")
struct ContentValidationTests {
    @Test("the shipped Content validates")
    func shippedContentIsValid() {
        #expect(TestPaths.content.validate().isEmpty)
    }

    /// Writes the shipped model with `replace` applied once, and returns the copy's diagnostics.
    func diagnostics(replacing original: String, with replacement: String) throws -> [XMLDiagnostic] {
        let text = try String(contentsOf: TestPaths.content.file(.model), encoding: .utf8)
        let range = try #require(text.range(of: original), "the model contains \(original)")
        let url = try TestPaths.temporaryDirectory().appendingPathComponent("model.xml")
        try text.replacingCharacters(in: range, with: replacement).write(to: url, atomically: true, encoding: .utf8)
        return TestPaths.content.validate([url])
    }

    /// The 1-based line and column of the first occurrence of `needle` in the shipped model.
    func position(of needle: String) throws -> (line: Int, column: Int) {
        let text = try String(contentsOf: TestPaths.content.file(.model), encoding: .utf8)
        let range = try #require(text.range(of: needle))
        let before = text[..<range.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let column =
            before.count
            - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0) + 1
        return (line, column)
    }

    @Test("a schema violation names file, line and column")
    func schemaViolation() throws {
        let needle = "<statement id=\"q05\""
        let found = try diagnostics(replacing: needle, with: "<statement id=\"Q 05\"")
        let expected = try position(of: needle)
        let diagnostic = try #require(found.first)
        #expect(diagnostic.line == expected.line)
        #expect(diagnostic.column == expected.column)
        #expect(diagnostic.message.contains("Q 05"))
        #expect(diagnostic.description.hasPrefix("\(diagnostic.file):\(expected.line):\(expected.column): "))
    }

    @Test("a <source> is optional (a municipality's own model needs none) but never empty")
    func sourceElement() throws {
        let text = try String(contentsOf: TestPaths.content.file(.model), encoding: .utf8)
        let withoutSources = text.replacing(/\ *<source>[^<]*<\/source>\n/, with: "")
        #expect(!withoutSources.contains("</source>"))
        let url = try TestPaths.temporaryDirectory().appendingPathComponent("model.xml")
        try withoutSources.write(to: url, atomically: true, encoding: .utf8)
        #expect(TestPaths.content.validate([url]).isEmpty)
        let model = try TestPaths.content.loadModel(from: url)
        #expect(model.dimensions.allSatisfy { $0.source == nil })
        #expect(model.subdimensions.allSatisfy { $0.source == nil })

        let first = try #require(text.firstMatch(of: /<source>[^<]*<\/source>/))
        let found = try diagnostics(replacing: String(first.output), with: "<source></source>")
        #expect(found.contains { $0.message.contains("source") })
    }

    @Test("a statement for an unknown subdimension is caught by the schema's key reference")
    func unknownSubdimension() throws {
        let found = try diagnostics(replacing: "subdimension=\"ethics\"", with: "subdimension=\"ethic\"")
        #expect(found.contains { $0.message.contains("ethic") })
    }

    @Test("a missing level descriptor is reported at its subdimension")
    func missingDescriptor() throws {
        let text = try String(contentsOf: TestPaths.content.file(.model), encoding: .utf8)
        let start = try #require(text.range(of: "<descriptor level=\"5\">"))
        let end = try #require(text.range(of: "</descriptor>", range: start.upperBound..<text.endIndex))
        let descriptor = String(text[start.lowerBound..<end.upperBound])
        let found = try diagnostics(replacing: descriptor, with: "")
        #expect(found.count == 1)
        #expect(found.first?.message.contains("no descriptor for level 5") == true)
        #expect((found.first?.line ?? 0) > 1)
    }

    @Test("levels out of order are reported")
    func levelsOutOfOrder() throws {
        let found = try diagnostics(replacing: "minScore=\"1.8\"", with: "minScore=\"4.5\"")
        #expect(found.contains { $0.message.contains("higher minScore") })
    }

    @Test("an unknown root element is named")
    func unknownRoot() throws {
        let url = try TestPaths.temporaryDirectory().appendingPathComponent("other.xml")
        try "<catalog/>".write(to: url, atomically: true, encoding: .utf8)
        let found = TestPaths.content.validate([url])
        #expect(
            found.map(\.message) == [
                "unknown root element <catalog>; expected one of <model>, <catalogue>, <usecases>, <rules>, <gamification>"
            ])
    }
}
