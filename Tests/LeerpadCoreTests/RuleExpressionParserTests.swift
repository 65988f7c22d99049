import LeerpadCore
import Testing

@Suite("The rule condition language")
struct RuleExpressionParserTests {
    @Test(
        "conditions parse with 'and' binding tighter than 'or'",
        arguments: [
            ("score(privacy) < 2.6", "score(privacy) < 2.6"),
            ("score(a) < 2 or score(b) < 2 and level(c) >= 3", "(score(a) < 2 or (score(b) < 2 and level(c) >= 3))"),
            ("(score(a) < 2 or score(b) < 2) and level(c) >= 3", "((score(a) < 2 or score(b) < 2) and level(c) >= 3)"),
            ("not spread(data-culture) >= 1.0", "not spread(data-culture) >= 1"),
            ("NOT (dontknow(public-value) == 0.5)", "not dontknow(public-value) = 0.5"),
            ("2.6 > score(ethics)", "2.6 > score(ethics)"),
            ("respondents(ethics) != 0", "respondents(ethics) != 0"),
        ])
    func parses(text: String, expected: String) throws {
        #expect(try RuleExpressionParser.parse(text).description == expected)
    }

    @Test(
        "syntax errors say where and what",
        arguments: [
            ("score(privacy) <", 16, "found the end"),
            ("score(privacy) 2.6", 15, "comparison operator"),
            ("scor(privacy) < 2", 0, "unknown metric 'scor'"),
            ("score(privacy < 2", 14, "expected ')'"),
            ("(score(a) < 2", 13, "to close the '('"),
            ("score(a) < 2 score(b) < 3", 13, "after a complete condition"),
            ("score(a) ! 2", 9, "'!' must be '!='"),
            ("score(a) < 2 & score(b) < 1", 13, "unexpected character '&'"),
            ("1 < 2", 2, "measured quantity"),
            ("", 0, "found the end"),
        ])
    func syntaxErrors(text: String, offset: Int, words: String) {
        do {
            _ = try RuleExpressionParser.parse(text)
            Issue.record("'\(text)' parsed")
        } catch {
            #expect(error.offset == offset, "\(error)")
            #expect(error.message.contains(words), "\(error)")
        }
    }

    @Test("references lists every quantity once, in order")
    func references() throws {
        let expression = try RuleExpressionParser.parse(
            "score(a) < 2 and (score(b) > 1 or score(a) > 0.5) and spread(a) > 1")
        #expect(expression.references.map(\.description) == ["score(a)", "score(b)", "spread(a)"])
    }
}
