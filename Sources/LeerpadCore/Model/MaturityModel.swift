/// The maturity model: dimensions, subdimensions, levels and questionnaires.
///
/// The model is data, not code: it is read from `Content/model.xml`, which a municipality
/// holding the official booklet can replace.
public struct MaturityModel: Sendable {
    /// The model's version, as its file states it.
    public var version: String
    /// The model's title.
    public var title: LocalizedText
    /// Where the model comes from and which parts are reconstructed.
    public var provenance: LocalizedText
    /// The spread (standard deviation between respondents) from which a score is flagged
    /// as real disagreement.
    public var disagreementSpread: Double
    /// The levels, least mature first.
    public var levels: [MaturityLevel]
    /// The dimensions in the model's order.
    public var dimensions: [Dimension]
    /// The subdimensions in the model's order.
    public var subdimensions: [Subdimension]
    /// The questionnaires, e.g. quickscan and full scan.
    public var questionnaires: [Questionnaire]

    private let subdimensionIndex: [String: Int]
    private let statementIndex: [String: Statement]

    /// Creates a model. Levels are sorted by their minimum score.
    public init(
        version: String, title: LocalizedText, provenance: LocalizedText,
        disagreementSpread: Double, levels: [MaturityLevel], dimensions: [Dimension],
        subdimensions: [Subdimension], questionnaires: [Questionnaire]
    ) {
        self.version = version
        self.title = title
        self.provenance = provenance
        self.disagreementSpread = disagreementSpread
        self.levels = levels.sorted { $0.minimumScore < $1.minimumScore }
        self.dimensions = dimensions
        self.subdimensions = subdimensions
        self.questionnaires = questionnaires
        self.subdimensionIndex = Dictionary(
            subdimensions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.statementIndex = Dictionary(
            questionnaires.flatMap(\.statements).map { ($0.id, $0) },
            uniquingKeysWith: { first, _ in first })
    }

    /// The subdimension with `id`, if the model has one.
    public func subdimension(_ id: String) -> Subdimension? {
        subdimensionIndex[id].map { subdimensions[$0] }
    }

    /// The dimension with `id`, if the model has one.
    public func dimension(_ id: String) -> Dimension? {
        dimensions.first { $0.id == id }
    }

    /// The statement with `id` in any questionnaire, if the model has one.
    public func statement(_ id: String) -> Statement? {
        statementIndex[id]
    }

    /// The questionnaire that contains the statement `id`.
    public func questionnaire(containing statementID: String) -> Questionnaire? {
        questionnaires.first { $0.statements.contains { $0.id == statementID } }
    }

    /// The highest level whose minimum score `score` reaches (the lowest level for any lower score).
    public func level(for score: Double) -> MaturityLevel {
        levels.last { score >= $0.minimumScore - 1e-9 } ?? levels[0]
    }
}
