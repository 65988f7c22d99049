import LeerpadCore
import Testing

@Suite("Finding rules that can never fire")
struct RuleSatisfiabilityTests {
    @Test(
        "satisfiable and impossible conditions",
        arguments: [
            ("score(a) < 2.6", true),
            ("score(a) < 1", false),
            ("score(a) > 5", false),
            ("score(a) >= 5", true),
            ("score(a) < 2 and score(a) > 3", false),
            ("score(a) < 2 and score(b) > 3", true),
            ("score(a) < 2 and score(a) > 3 or score(a) = 4", true),
            ("not (score(a) >= 1)", false),
            ("not (score(a) < 2 or score(a) >= 2)", false),
            ("dontknow(a) > 1", false),
            ("spread(a) < 0", false),
            ("respondents(a) > 2 and respondents(a) < 3", false),
            ("respondents(a) >= 2.5 and respondents(a) <= 3", true),
            ("level(a) > 5", false),
            ("level(a) = 2.5", false),
            ("score(a) < 1.8 and level(a) >= 3", false),
            ("score(a) < 1.8 and level(a) <= 1", true),
            ("score(a) >= 4.2 and level(a) < 5", false),
            ("score(a) = 3 and score(a) != 3", false),
            ("score(a) < score(b)", true),
            // Level constants past Int.max trapped (found by review after the fuzzer's finding).
            ("level(a) > 100000000000000000000", false),
            ("level(a) <= 100000000000000000000", true),
            ("level(a) = 99999999999999999999", false),
        ])
    func satisfiable(condition: String, expected: Bool) throws {
        let expression = try RuleExpressionParser.parse(condition)
        #expect(RuleSatisfiability.isSatisfiable(expression, levels: ModelFixture.model.levels) == expected)
    }
}
