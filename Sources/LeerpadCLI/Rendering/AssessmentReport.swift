import LeerpadCore

/// What the assessment renderers need: the scores, the model that names them, and the source.
public struct AssessmentReport: Sendable {
    /// The answer file the scores come from.
    public var source: String
    /// The scores.
    public var assessment: Assessment
    /// The model, for names and levels.
    public var model: MaturityModel

    /// Creates a report.
    public init(source: String, assessment: Assessment, model: MaturityModel) {
        self.source = source
        self.assessment = assessment
        self.model = model
    }

    /// The name of level `number` in `language`, or an empty string for no level.
    func levelName(_ number: Int?, in language: Language) -> String {
        guard let number, let level = model.levels.first(where: { $0.number == number }) else { return "" }
        return level.name[language]
    }
}
