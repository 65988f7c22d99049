import Foundation
import LeerpadContent
import LeerpadCore
import Testing

@Suite("Shipped catalogue, use cases and rules")
struct RecommendationContentTests {
    let content: ContentBundle

    init() throws {
        content = try TestPaths.content.loadBundle()
    }

    func assessment(_ team: String) throws -> Assessment {
        let sheet = try AnswerSheetReader(model: content.model)
            .read(contentsOf: TestPaths.repository.appendingPathComponent("Scenarios/teams/\(team)"))
        return AssessmentScoring.score(sheet.responses, model: content.model)
    }

    @Test("at least 40 modules; every subdimension raised by at least two, from introduction to advanced")
    func catalogueCoverage() {
        #expect(content.catalogue.modules.count >= 40)
        for subdimension in content.model.subdimensions {
            let levels = content.catalogue.modules.flatMap(\.raises).filter { $0.subdimensionID == subdimension.id }
                .map(\.level)
            #expect(levels.count >= 2, "\(subdimension.id)")
            #expect(levels.contains(2) && levels.contains { $0 >= 3 }, "\(subdimension.id): \(levels)")
        }
    }

    @Test("at least 8 use cases, the demos among them")
    func useCases() {
        #expect(content.useCases.count >= 8)
        #expect(Set(content.useCases.compactMap(\.demo)) == Set(Demo.allCases))
    }

    @Test("the shipped rules lint clean and cover all 17 subdimensions")
    func rulesLintClean() {
        let findings = RuleLinter.lint(
            content.rules, model: content.model, catalogue: content.catalogue, useCases: content.useCases)
        #expect(findings.isEmpty, "\(findings)")
    }

    @Test("the linter finds unknown ids, impossible rules and uncovered subdimensions")
    func linterFindsProblems() throws {
        var rules = content.rules.filter {
            !$0.condition.references.contains { ["ethics", "knowledge"].contains($0.target) }
        }
        rules.append(
            Rule(
                id: "broken", priority: 3,
                condition: try RuleExpressionParser.parse(
                    "score(privacy) < 1.8 and score(privacy) > 3 or score(etics) < 2"),
                conditionText: "…", moduleIDs: ["no-such-module"], useCaseIDs: ["no-such-case"],
                reason: LocalizedText(dutch: "", english: "")))
        rules.append(
            Rule(
                id: "impossible", priority: 3,
                condition: try RuleExpressionParser.parse("score(privacy) < 1.8 and level(privacy) >= 2"),
                conditionText: "x", moduleIDs: [], useCaseIDs: [], reason: LocalizedText(dutch: "", english: "")))
        let findings = RuleLinter.lint(
            rules, model: content.model, catalogue: content.catalogue, useCases: content.useCases
        )
        .map(\.description)
        #expect(findings.contains("rule broken: score(etics) names no subdimension or dimension of the model"))
        #expect(findings.contains("rule broken: recommends module 'no-such-module', which the catalogue lacks"))
        #expect(findings.contains("rule broken: recommends use case 'no-such-case', which is not defined"))
        #expect(findings.contains("rule impossible: can never fire: 'x' is never true"))
        #expect(!findings.contains { $0.hasPrefix("rule broken: can never fire") })
        #expect(findings.contains { $0.hasPrefix("no rule covers subdimension 'ethics'") })
    }

    @Test(
        "each sample team's recommendations target its weakest subdimensions first, and explain themselves",
        arguments: ["afvalbeheer.csv", "sociaal-domein.csv", "informatievoorziening.csv", "afvalbeheer-2027.csv"])
    func weakestFirst(team: String) throws {
        let assessment = try assessment(team)
        let recommendations = content.recommend(for: assessment)
        let first = try #require(recommendations.modules.first)
        let weakestThree = Set(assessment.weakest.prefix(3))
        let module = try #require(content.catalogue.module(first.moduleID))
        let firstTargets = Set(module.raises.map(\.subdimensionID))
        #expect(
            !firstTargets.isDisjoint(with: weakestThree),
            "\(first.moduleID) raises \(firstTargets), weakest \(weakestThree)")
        // Every module raising one of the three weakest comes before any priority-2 recommendation.
        for recommendation in recommendations.modules {
            #expect(!recommendation.firings.isEmpty)
            for firing in recommendation.firings {
                #expect(!firing.evidence.isEmpty)
                #expect(firing.evidence.allSatisfy { $0.value != nil })
            }
        }
        #expect(
            zip(recommendations.modules, recommendations.modules.dropFirst()).allSatisfy { $0.priority >= $1.priority })
    }

    @Test("a team that scores 4 or 5 everywhere gets no modules")
    func strongTeamGetsNone() throws {
        let statements = content.model.questionnaires.first { $0.id == "quickscan" }!.statements
        let responses = (1...5).map { index in
            Response(
                respondent: "R\(index)",
                answers: Dictionary(
                    uniqueKeysWithValues: statements.map {
                        ($0.id, Answer.likert($0.isReversed ? 2 : 4 + index % 2))
                    }))
        }
        let assessment = AssessmentScoring.score(responses, model: content.model)
        #expect(content.recommend(for: assessment).modules.isEmpty)
    }
}

extension ContentBundle {
    /// What the shipped rules recommend for `assessment` (the recommender over this Content).
    fileprivate func recommend(for assessment: Assessment) -> Recommendations {
        Recommender.recommend(for: assessment, rules: rules, model: model, catalogue: catalogue, useCases: useCases)
    }
}
