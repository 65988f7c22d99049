import LeerpadContent
import LeerpadCore

/// The use cases that need only the Content: score answers, recommend, plan, and add up course
/// demand. `leerpad recommend`, `plan` and `demand` on CSV files use it without a store;
/// ``Leerpad`` uses it for stored teams.
public struct Advisor: Sendable {
    /// The model, catalogue, use cases, rules and game settings.
    public var content: ContentBundle

    /// The use cases over `content`.
    public init(content: ContentBundle) {
        self.content = content
    }

    /// Scores `responses` with the model.
    public func score(_ responses: [Response]) -> Assessment {
        AssessmentScoring.score(responses, model: content.model)
    }

    /// Scores the answers of a measurement, refusing answers without a single answered statement
    /// (every cell empty or "weet niet"): no answers is not a result, not a team that scores fine.
    public func assessment(of responses: [Response], source: String) throws(AppError) -> Assessment {
        guard responses.containAnAnswer else { throw .emptyAssessment(source: source) }
        return score(responses)
    }

    /// What the rules recommend for `assessment`: modules and use cases, each with its reasons.
    public func recommend(for assessment: Assessment) -> Recommendations {
        Recommender.recommend(
            for: assessment, rules: content.rules, model: content.model, catalogue: content.catalogue,
            useCases: content.useCases)
    }

    /// The learning path for `assessment` within `constraints`: recommend → plan.
    ///
    /// Constraints outside ``PlanLimits`` are refused rather than planned.
    public func plan(for assessment: Assessment, within constraints: PlanConstraints) throws(AppError) -> LearningPath {
        let outside = constraints.fieldsOutsideLimits
        guard outside.isEmpty else {
            var problems = InputProblems<PlanField>()
            for field in outside { problems.add(field, PlanInputProblem.outOfRange(field: field)) }
            throw .invalidPlan(problems)
        }
        return LearningPathPlanner.plan(
            recommend(for: assessment), catalogue: content.catalogue, constraints: constraints)
    }

    /// The ids in `ids` that name no module of the catalogue, refused as one error.
    public func requireModules(_ ids: some Collection<String>) throws(AppError) {
        let unknown = ids.filter { content.catalogue.module($0) == nil }
        guard unknown.isEmpty else { throw .unknownModules(unknown.map { String($0.prefix(60)) }) }
    }

    /// The learning path for `assessment` from what a person typed.
    public func plan(for assessment: Assessment, input: PlanInput, completed: Set<String> = []) throws(AppError)
        -> LearningPath
    {
        switch input.constraints(completed: completed) {
        case .failure(let problems): throw .invalidPlan(problems)
        case .success(let constraints): return try plan(for: assessment, within: constraints)
        }
    }

    /// One team's need from its scores: what the rules recommend, for `people` people.
    public func need(of team: String, people: Int, assessment: Assessment) -> TeamNeed {
        TeamNeed(team: team, people: people, recommendations: recommend(for: assessment))
    }

    /// Course demand across `needs`: per module the teams, people, runs to organise and cost.
    public func demand(_ needs: [TeamNeed]) -> [ModuleDemand] {
        CourseDemand.compute(needs, catalogue: content.catalogue)
    }
}
