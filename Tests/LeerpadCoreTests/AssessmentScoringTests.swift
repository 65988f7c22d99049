import LeerpadCore
import Testing

@Suite("Scoring a team's answers")
struct AssessmentScoringTests {
    let model = ModelFixture.model

    @Test("a subdimension's score is the mean of respondents' means, reversed statements as 6 − answer")
    func reversedStatementsAndRespondentMeans() throws {
        let responses = [
            ModelFixture.response("R1", ["f1a": 4, "f1b": 2]),  // (4 + 4) / 2 = 4
            ModelFixture.response("R2", ["f1a": 2, "f1b": 5]),  // (2 + 1) / 2 = 1.5
        ]
        let alpha = try #require(AssessmentScoring.score(responses, model: model).subdimension("alpha"))
        #expect(alpha.score == 2.75)
        #expect(alpha.respondents == 2)
        #expect(alpha.answered == 4)
        let expectedSpread = ((4 - 2.75) * (4 - 2.75) + (1.5 - 2.75) * (1.5 - 2.75)).squareRoot()
        #expect(abs(alpha.spread - expectedSpread) < 1e-12)
        #expect(alpha.isDisputed)  // 1.77 ≥ 1.0
        #expect(alpha.level == 3)
        let tally = try #require(alpha.statements.first { $0.statementID == "f1b" })
        #expect(tally.isReversed)
        #expect(tally.counts == [2: 1, 5: 1])
        #expect(tally.mean == 2.5)
    }

    @Test("quickscan and full-scan respondents weigh the same in a mix")
    func mixOfQuestionnaires() throws {
        let responses = [
            ModelFixture.response("quick", ["q1": 5]),
            ModelFixture.response("full", ["f1a": 1, "f1b": 5]),  // (1 + 1) / 2 = 1
        ]
        let assessment = AssessmentScoring.score(responses, model: model)
        #expect(assessment.subdimension("alpha")?.score == 3)
        #expect(assessment.questionnaireIDs == ["quickscan", "fullscan"])
    }

    @Test("'weet niet' counts only towards the don't-know share")
    func dontKnowShare() throws {
        let responses = [
            ModelFixture.response("R1", ["q1": 4]),
            ModelFixture.response("R2", [:], dontKnow: ["q1"]),
            ModelFixture.response("R3", ["q1": 2]),
            ModelFixture.response("R4", [:], dontKnow: ["q1"]),
        ]
        let alpha = try #require(AssessmentScoring.score(responses, model: model).subdimension("alpha"))
        #expect(alpha.score == 3)
        #expect(alpha.respondents == 2)
        #expect(alpha.dontKnow == 2)
        #expect(alpha.dontKnowShare == 0.5)
    }

    @Test("a subdimension nobody answered has no score and is left out of the weakest")
    func unansweredSubdimension() {
        let assessment = AssessmentScoring.score([ModelFixture.response("R1", ["q1": 2, "q2": 4])], model: model)
        #expect(assessment.subdimension("gamma")?.score == nil)
        #expect(assessment.subdimension("gamma")?.level == nil)
        #expect(assessment.dimension("second")?.score == nil)
        #expect(assessment.weakest == ["alpha", "beta"])
    }

    @Test("dimensions average their subdimensions; spread comes from respondents' dimension means")
    func dimensionAggregation() throws {
        let responses = [
            ModelFixture.response("R1", ["q1": 1, "q2": 3, "q3": 5]),
            ModelFixture.response("R2", ["q1": 3, "q2": 5, "q3": 5]),
        ]
        let assessment = AssessmentScoring.score(responses, model: model)
        let first = try #require(assessment.dimension("first"))
        #expect(first.score == 3)  // mean of alpha 2 and beta 4
        #expect(first.respondents == 2)
        #expect(abs(first.spread - (2.0).squareRoot()) < 1e-12)  // respondent means 2 and 4
        #expect(first.isDisputed)
        #expect(assessment.dimension("second")?.spread == 0)
    }

    @Test("the weakest come first, ties in the model's order")
    func weakestOrder() {
        let responses = [ModelFixture.response("R1", ["q1": 3, "q2": 2, "q3": 2])]
        #expect(AssessmentScoring.score(responses, model: model).weakest == ["beta", "gamma", "alpha"])
    }

    @Test(
        "the level is the highest whose minimum score is reached",
        arguments: [(1.0, 1), (1.79, 1), (1.8, 2), (2.6, 3), (3.39, 3), (3.4, 4), (4.2, 5), (5.0, 5)])
    func levelThresholds(score: Double, level: Int) {
        #expect(model.level(for: score).number == level)
    }

    @Test("no responses give an empty assessment, never a NaN")
    func noResponses() {
        let assessment = AssessmentScoring.score([], model: model)
        #expect(assessment.respondents == 0)
        #expect(assessment.weakest.isEmpty)
        #expect(assessment.subdimensions.allSatisfy { $0.score == nil && $0.spread == 0 && $0.dontKnowShare == 0 })
    }
}
