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
