/// Turns a team's answers into scores per subdimension and dimension.
///
/// The rules, all on the 1–5 scale:
/// - a reversed statement's answer *a* counts as 6 − *a*;
/// - a respondent's subdimension mean is the mean of the respondent's scored answers on that
///   subdimension's statements, so quickscan (one statement) and full-scan (several)
///   respondents weigh the same;
/// - the subdimension score is the mean of its respondents' means; the spread is their
///   sample standard deviation; "weet niet" answers count only towards the don't-know share;
/// - the dimension score is the mean of its scored subdimensions' scores, its spread the
///   standard deviation of respondents' dimension means (each the mean of their subdimension means);
/// - the level is the highest level of the model whose minimum score is reached.
public enum AssessmentScoring {
    /// Scores `responses` against `model`.
    ///
    /// Answers to statements the model does not know are ignored; readers reject them earlier.
    /// - Complexity: O(*r* × *s*) for *r* responses and *s* statements.
    public static func score(_ responses: [Response], model: MaturityModel) -> Assessment {
        let statementsBySubdimension = Dictionary(
            grouping: model.questionnaires.flatMap(\.statements), by: \.subdimensionID)

        // respondentMeans[subdimension][respondentIndex] = that respondent's mean.
        var respondentMeans: [String: [Int: Double]] = [:]
        var subdimensionScores: [SubdimensionScore] = []
        for subdimension in model.subdimensions {
            let statements = statementsBySubdimension[subdimension.id] ?? []
            var means: [Int: Double] = [:]
            var answered = 0
            var dontKnow = 0
            for (index, response) in responses.enumerated() {
                var values: [Double] = []
                for statement in statements {
                    switch response.answers[statement.id] {
                    case .likert(let value)?:
                        values.append(Double(statement.isReversed ? 6 - value : value))
                    case .dontKnow?:
                        dontKnow += 1
                    case nil:
                        break
                    }
                }
                answered += values.count
                if let mean = Statistics.mean(values) { means[index] = mean }
            }
            respondentMeans[subdimension.id] = means
            let values = means.values.sorted()
            let score = Statistics.mean(values)
            let spread = Statistics.sampleStandardDeviation(values)
            subdimensionScores.append(
                SubdimensionScore(
                    subdimensionID: subdimension.id,
                    dimensionID: subdimension.dimensionID,
                    score: score,
                    level: score.map { model.level(for: $0).number },
                    respondents: means.count,
                    answered: answered,
                    dontKnow: dontKnow,
                    spread: spread,
                    isDisputed: means.count > 1 && spread >= model.disagreementSpread,
                    statements: tallies(of: statements, in: responses)))
        }

        let dimensionScores = model.dimensions.map { dimension in
            let parts = subdimensionScores.filter { $0.dimensionID == dimension.id }
            let score = Statistics.mean(parts.compactMap(\.score))
            let respondentDimensionMeans = responses.indices.compactMap { index in
                Statistics.mean(parts.compactMap { respondentMeans[$0.subdimensionID]?[index] })
            }
            let spread = Statistics.sampleStandardDeviation(respondentDimensionMeans)
            return DimensionScore(
                dimensionID: dimension.id,
                score: score,
                level: score.map { model.level(for: $0).number },
                respondents: respondentDimensionMeans.count,
                answered: parts.map(\.answered).reduce(0, +),
                dontKnow: parts.map(\.dontKnow).reduce(0, +),
                spread: spread,
                isDisputed: respondentDimensionMeans.count > 1 && spread >= model.disagreementSpread)
        }

        let order = Dictionary(uniqueKeysWithValues: model.subdimensions.map { ($0.id, $0.number) })
        let weakest =
            subdimensionScores
            .compactMap { score in score.score.map { (id: score.subdimensionID, score: $0) } }
            .sorted { $0.score != $1.score ? $0.score < $1.score : order[$0.id, default: 0] < order[$1.id, default: 0] }
            .map(\.id)

        let answeredStatementIDs = Set(responses.flatMap(\.answers.keys))
        let questionnaireIDs = model.questionnaires
            .filter { $0.statements.contains { answeredStatementIDs.contains($0.id) } }
            .map(\.id)
        var teams: [String] = []
        for team in responses.compactMap(\.team) where !teams.contains(team) { teams.append(team) }

        return Assessment(
            subdimensions: subdimensionScores,
            dimensions: dimensionScores,
            weakest: weakest,
            respondents: responses.filter { !$0.answers.isEmpty }.count,
            questionnaireIDs: questionnaireIDs,
            teams: teams)
    }

    private static func tallies(of statements: [Statement], in responses: [Response]) -> [StatementTally] {
        statements.compactMap { statement in
            var counts: [Int: Int] = [:]
            var dontKnow = 0
            var scored: [Double] = []
            for response in responses {
                switch response.answers[statement.id] {
                case .likert(let value)?:
                    counts[value, default: 0] += 1
                    scored.append(Double(statement.isReversed ? 6 - value : value))
                case .dontKnow?:
                    dontKnow += 1
                case nil:
                    break
                }
            }
            guard !counts.isEmpty || dontKnow > 0 else { return nil }
            return StatementTally(
                statementID: statement.id, isReversed: statement.isReversed, counts: counts,
                dontKnow: dontKnow, mean: Statistics.mean(scored))
        }
    }
}
