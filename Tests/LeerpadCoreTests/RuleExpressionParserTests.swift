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

    // Found by the rule-expression fuzzer (docs/FUZZING.md): a whole number past Int.max
    // trapped when printed, in an error message or in the description of a parsed condition.
    @Test(
        "numbers too large for an integer are reported and printed, never a crash",
        arguments: [
            ("10000000000000000000", 20, "expected a comparison operator after '10000000000000000000', found the end"),
            (
                String(repeating: "(", count: 21) + String(repeating: "3", count: 90) + "((((((non2(l", 111,
                "after '3333333333333333"
            ),
            ("score(a) < 1" + String(repeating: "0", count: 400), 11, "too large a number"),
        ])
    func largeNumbersInErrors(text: String, offset: Int, words: String) {
        do {
            _ = try RuleExpressionParser.parse(text)
            Issue.record("'\(text)' parsed")
        } catch {
            #expect(error.offset == offset, "\(error)")
            #expect(error.message.contains(words), "\(error)")
        }
    }

    @Test(
        "a condition's description parses back to the same condition",
        arguments: [
            ("score(a) < 100000000000000000000", "score(a) < 100000000000000000000"),
            ("score(a) >= 0.0000001", "score(a) >= 0.0000001"),
            ("score(a) < 2.50", "score(a) < 2.5"),
            ("respondents(a) > 12345678901234567890123", "respondents(a) > 12345678901234568000000"),
        ])
    func descriptionRoundTrip(text: String, expected: String) throws {
        let expression = try RuleExpressionParser.parse(text)
        #expect(expression.description == expected)
        #expect(try RuleExpressionParser.parse(expression.description) == expression)
    }

    @Test(
        "nesting and length are limited, so no condition runs the parser off the stack",
        arguments: [
            (String(repeating: "not ", count: 101) + "score(a) < 2", 400, "nest more than 100 deep"),
            (String(repeating: "(", count: 5_000) + "score(a) < 2", 100, "nest more than 100 deep"),
            (String(repeating: "score(a) < 2 and ", count: 600) + "score(a) < 2", 10_000, "at most 10000 characters"),
        ])
    func limits(text: String, offset: Int, words: String) {
        do {
            _ = try RuleExpressionParser.parse(text)
            Issue.record("a condition of \(text.count) characters parsed")
        } catch {
            #expect(error.offset == offset, "\(error)")
            #expect(error.message.contains(words), "\(error)")
        }
        #expect(throws: Never.self) {
            try RuleExpressionParser.parse(String(repeating: "not ", count: 99) + "score(a) < 2")
        }
    }

    @Test("references lists every quantity once, in order")
    func references() throws {
        let expression = try RuleExpressionParser.parse(
            "score(a) < 2 and (score(b) > 1 or score(a) > 0.5) and spread(a) > 1")
        #expect(expression.references.map(\.description) == ["score(a)", "score(b)", "spread(a)"])
    }
}
