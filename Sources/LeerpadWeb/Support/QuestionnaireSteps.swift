import LeerpadCore

/// The pages of a questionnaire for a respondent: one per dimension, in the model's order, each
/// with its statements grouped by subdimension — a few pages on a phone, not one per question.
struct QuestionnaireSteps {
    /// One page: a dimension and its statements, by subdimension.
    struct Page {
        var dimension: Dimension
        var groups: [(subdimension: Subdimension, statements: [Statement])]
        var statements: [Statement] { groups.flatMap(\.statements) }
    }

    var questionnaire: Questionnaire
    var pages: [Page]

    init(_ questionnaire: Questionnaire, model: MaturityModel) {
        self.questionnaire = questionnaire
        pages = model.dimensions.compactMap { dimension in
            let groups = model.subdimensions.filter { $0.dimensionID == dimension.id }.compactMap {
                sub -> (Subdimension, [Statement])? in
                let statements = questionnaire.statements.filter { $0.subdimensionID == sub.id }
                return statements.isEmpty ? nil : (sub, statements)
            }
            return groups.isEmpty ? nil : Page(dimension: dimension, groups: groups)
        }
    }

    /// The first page (1-based) with an unanswered statement, if any.
    func firstIncomplete(_ answers: [String: Answer]) -> Int? {
        pages.firstIndex { page in page.statements.contains { answers[$0.id] == nil } }.map { $0 + 1 }
    }

    /// `1`…`5` or `x` (weet niet) as an answer.
    static func answer(_ text: String) -> Answer? {
        if text == "x" { return .dontKnow }
        guard let value = Int(text), Answer.likertRange.contains(value) else { return nil }
        return .likert(value)
    }

    /// An answer as a form value.
    static func code(_ answer: Answer) -> String {
        switch answer {
        case .likert(let value): String(value)
        case .dontKnow: "x"
        }
    }
}
