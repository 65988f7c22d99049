import LeerpadCore
import Testing

@Suite("Evaluating rules on a team")
struct RuleEvaluatorTests {
    let model = ModelFixture.model
    /// alpha scored 2 (level 2), beta 4 (level 4), gamma unanswered.
    var assessment: Assessment {
        AssessmentScoring.score(
            [ModelFixture.response("R1", ["q1": 1, "q2": 4]), ModelFixture.response("R2", ["q1": 3, "q2": 4])],
            model: model)
    }

    @Test(
        "three-valued logic: an unanswered quantity is unknown, and only 'certainly true' fires",
        arguments: [
            ("score(alpha) < 2.6", true as Bool?),
            ("score(alpha) <= 2 and level(beta) = 4", true),
            ("score(alpha) > 2", false),
            ("score(gamma) < 5", nil),
            ("not score(gamma) < 5", nil),
            ("score(gamma) < 5 or score(alpha) = 2", true),
            ("score(gamma) < 5 and score(alpha) = 3", false),
            ("score(first) = 3", true),  // dimension: mean of alpha 2 and beta 4
            ("spread(alpha) > 1.4 and spread(alpha) < 1.42", true),  // sqrt(2)
            ("respondents(gamma) = 0", true),
            ("dontknow(alpha) = 0", true),
            ("dontknow(gamma) = 0", nil),
            ("score(unknown-id) < 3", nil),
        ])
    func evaluates(condition: String, expected: Bool?) throws {
        let expression = try RuleExpressionParser.parse(condition)
        #expect(RuleEvaluator.evaluate(expression, on: assessment) == expected)
    }

    @Test("the evidence lists the value of every quantity read")
    func evidence() throws {
        let expression = try RuleExpressionParser.parse("score(alpha) < 2.6 and score(gamma) < 3")
        let evidence = RuleEvaluator.evidence(for: expression, on: assessment)
        #expect(evidence.map(\.description) == ["score(alpha) = 2.0", "score(gamma) = ?"])
    }
}
