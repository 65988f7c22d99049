import Foundation
import LeerpadContent
import LeerpadCore
import Testing

@Suite("Decoding rules and catalogues")
struct RuleAndCatalogueDecodingTests {
    @Test("a rule syntax error names the file, the line and the rule id")
    func ruleSyntaxError() throws {
        let url = TestPaths.fixture("rules/syntax-error.xml")
        do {
            _ = try TestPaths.content.loadRules(from: url)
            Issue.record("the broken rules loaded")
        } catch {
            let diagnostics = error.diagnostics
            #expect(diagnostics.count == 1)
            let diagnostic = try #require(diagnostics.first)
            #expect(diagnostic.file == url.relativePath)
            #expect(diagnostic.line == 12)  // the line of 'scor(privacy)'
            #expect(diagnostic.message.contains("rule 'broken-rule'"))
            #expect(diagnostic.message.contains("unknown metric 'scor'"))
        }
    }

    @Test("catalogue problems the schema cannot see: cycles, run dates, unknown subdimensions and levels")
    func catalogueSemantics() throws {
        let model = try TestPaths.content.loadModel()
        do {
            _ = try TestPaths.content.loadCatalogue(from: TestPaths.fixture("rules/cycle-catalogue.xml"), model: model)
            Issue.record("the broken catalogue loaded")
        } catch {
            let messages = error.diagnostics.map { "\($0.line): \($0.message)" }
            #expect(
                messages.contains { $0.hasPrefix("10: run 'a-1' ends (2027-03-01) before it starts (2027-03-02)") },
                "\(messages)")
            #expect(
                messages.contains { $0.hasPrefix("15: module 'b' raises 'ethic', which is no subdimension") },
                "\(messages)")
            #expect(messages.contains { $0.hasPrefix("15: module 'b' brings a team to level 7") }, "\(messages)")
            #expect(messages.contains { $0.hasPrefix("5: prerequisites form a cycle: a → b → a") }, "\(messages)")
        }
    }
}

@Suite("Rules naming what does not exist")
struct RuleVocabularyTests {
    static let url = TestPaths.fixture("rules/unknown-ids.xml")

    @Test("loading the Content with such rules fails, naming file, line and rule for every unknown id")
    func loadFails() throws {
        do {
            _ = try TestPaths.content.loadBundle(rules: Self.url)
            Issue.record("rules with unknown ids loaded")
        } catch {
            let messages = error.diagnostics.map { "\($0.file):\($0.line): \($0.message)" }
            let file = Self.url.relativePath
            #expect(
                messages == [
                    "\(file):4: rule 'typo-in-condition': score(privcy) names no subdimension or dimension of the model",
                    "\(file):11: rule 'typo-in-module': recommends module 'ethics-intr0', which the catalogue lacks",
                    "\(file):12: rule 'typo-in-module': recommends use case 'waste-route', which is not defined",
                ], "\(messages)")
        }
    }

    @Test("content validate reports them too, while the shipped rules stay valid")
    func validate() throws {
        let copy = try TestPaths.temporaryDirectory().appendingPathComponent("rules.xml")
        try FileManager.default.copyItem(at: Self.url, to: copy)
        #expect(TestPaths.content.validate([copy]).map(\.line) == [4, 11, 12])
        #expect(TestPaths.content.validate([TestPaths.content.url.appendingPathComponent("rules.xml")]).isEmpty)
    }
}
