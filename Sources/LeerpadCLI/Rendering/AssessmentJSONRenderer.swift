import Foundation
import LeerpadApp
import LeerpadCore

/// Renders an assessment as JSON for scripts: `subdimensions`, `dimensions`, `weakest` and
/// the explanation of every score (how each statement was answered).
///
/// Scores and spreads are rounded to three decimals; a subdimension without answers has a
/// `null` score and level.
public struct AssessmentJSONRenderer: Sendable {
    /// The language of names in the output.
    public var language: Language

    /// Creates a renderer for `language`.
    public init(language: Language) {
        self.language = language
    }

    /// The report as pretty-printed JSON with sorted keys.
    public func render(_ report: AssessmentReport) throws -> String {
        try JSONOutput.encode(Document(report, language: language))
    }

    struct Document: Encodable {
        var source: String
        var modelVersion: String
        var language: String
        var respondents: Int
        var questionnaires: [String]
        var teams: [String]
        var subdimensions: [Entry<SubdimensionFacts>]
        var dimensions: [Entry<DimensionFacts>]
        var weakest: [String]

        init(_ report: AssessmentReport, language: Language) {
            let assessment = report.assessment
            source = report.source
            modelVersion = report.model.version
            self.language = language.rawValue
            respondents = assessment.respondents
            questionnaires = assessment.questionnaireIDs
            teams = assessment.teams
            subdimensions = assessment.subdimensions.map { score in
                let subdimension = report.model.subdimension(score.subdimensionID)
                let facts = SubdimensionFacts(
                    id: score.subdimensionID, number: subdimension?.number ?? 0,
                    name: subdimension?.name[language] ?? "", dimension: score.dimensionID,
                    statements: score.statements.map { tally in
                        StatementEntry(
                            id: tally.statementID, reversed: tally.isReversed,
                            counts: (1...5).map { tally.counts[$0, default: 0] }, dontKnow: tally.dontKnow,
                            mean: tally.mean.map(LocalFormat.rounded))
                    })
                return Entry(facts: facts, figures: Figures(score, report: report, language: language))
            }
            dimensions = assessment.dimensions.map { score in
                let dimension = report.model.dimension(score.dimensionID)
                let facts = DimensionFacts(
                    id: score.dimensionID, code: dimension?.code ?? "", name: dimension?.name[language] ?? "")
                return Entry(facts: facts, figures: Figures(score, report: report, language: language))
            }
            weakest = assessment.weakest
        }
    }

    /// What a subdimension's and a dimension's entry both say about the score, in the entry's own object.
    struct Figures: Encodable {
        @NullEncodable var score: Double?
        @NullEncodable var level: Int?
        @NullEncodable var levelName: String?
        var respondents: Int
        var answered: Int
        var dontKnow: Int
        var dontKnowShare: Double
        var spread: Double
        var disputed: Bool

        init(_ score: some ScoreFigures, report: AssessmentReport, language: Language) {
            self.score = score.score.map(LocalFormat.rounded)
            level = score.level
            levelName = score.level.map { report.levelName($0, in: language) }
            respondents = score.respondents
            answered = score.answered
            dontKnow = score.dontKnow
            dontKnowShare = LocalFormat.rounded(score.dontKnowShare)
            spread = LocalFormat.rounded(score.spread)
            disputed = score.isDisputed
        }
    }

    /// A subdimension's or a dimension's entry: what names it and its figures, in one object.
    struct Entry<Facts: Encodable>: Encodable {
        var facts: Facts
        var figures: Figures

        func encode(to encoder: any Encoder) throws {
            try facts.encode(to: encoder)
            try figures.encode(to: encoder)
        }
    }

    struct SubdimensionFacts: Encodable {
        var id: String
        var number: Int
        var name: String
        var dimension: String
        /// Per statement: answers given (counts of 1…5 as given, before reversal), "weet niet", scored mean.
        var statements: [StatementEntry]
    }

    struct DimensionFacts: Encodable {
        var id: String
        var code: String
        var name: String
    }

    struct StatementEntry: Encodable {
        var id: String
        var reversed: Bool
        var counts: [Int]
        var dontKnow: Int
        @NullEncodable var mean: Double?

    }
}

/// The numbers a subdimension's and a dimension's score share.
protocol ScoreFigures: AnswerCounts {
    var score: Double? { get }
    var level: Int? { get }
    var respondents: Int { get }
    var spread: Double { get }
    var isDisputed: Bool { get }
}

extension SubdimensionScore: ScoreFigures {}
extension DimensionScore: ScoreFigures {}
