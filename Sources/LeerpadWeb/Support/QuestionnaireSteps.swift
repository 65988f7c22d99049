import LeerpadCore

/// The steps of a questionnaire: one subdimension each, in the model's order.
struct QuestionnaireSteps {
    var questionnaire: Questionnaire
    var steps: [(subdimension: Subdimension, statements: [Statement])]

    init(_ questionnaire: Questionnaire, model: MaturityModel) {
        self.questionnaire = questionnaire
        steps = model.subdimensions.compactMap { sub in
            let statements = questionnaire.statements.filter { $0.subdimensionID == sub.id }
            return statements.isEmpty ? nil : (sub, statements)
        }
    }

    /// The first step (1-based) with an unanswered statement, if any.
    func firstIncomplete(_ draft: QuestionnaireDraft) -> Int? {
        steps.firstIndex { step in step.statements.contains { draft.answers[$0.id] == nil } }.map { $0 + 1 }
    }
}
