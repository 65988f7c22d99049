import LeerpadCore

/// The answers given so far in the web questionnaire, kept in a cookie between steps.
///
/// The cookie value is `questionnaire|statement:value|…` with values `1`–`5` or `x` (weet niet);
/// anything that does not fit the model is dropped when read, so a forged cookie cannot inject answers.
struct QuestionnaireDraft: Equatable {
    var questionnaireID: String
    var answers: [String: Answer] = [:]

    init(questionnaireID: String, answers: [String: Answer] = [:]) {
        self.questionnaireID = questionnaireID
        self.answers = answers
    }

    /// Reads a cookie value for `questionnaire`; another questionnaire's draft reads as empty.
    init(cookie: String?, questionnaire: Questionnaire) {
        questionnaireID = questionnaire.id
        guard let cookie, cookie.utf8.count <= 4096 else { return }
        let parts = cookie.split(separator: "|")
        guard parts.first.map(String.init) == questionnaire.id else { return }
        let known = Set(questionnaire.statements.map(\.id))
        for part in parts.dropFirst() {
            let pair = part.split(separator: ":", maxSplits: 1)
            guard pair.count == 2, known.contains(String(pair[0])), let answer = Self.answer(String(pair[1])) else {
                continue
            }
            answers[String(pair[0])] = answer
        }
    }

    /// The cookie value.
    var cookie: String {
        ([questionnaireID] + answers.keys.sorted().map { "\($0):\(Self.code(answers[$0]!))" }).joined(separator: "|")
    }

    /// `1`…`5` or `x` as an answer.
    static func answer(_ text: String) -> Answer? {
        if text == "x" { return .dontKnow }
        guard let value = Int(text), Answer.likertRange.contains(value) else { return nil }
        return .likert(value)
    }

    static func code(_ answer: Answer) -> String {
        switch answer {
        case .likert(let value): String(value)
        case .dontKnow: "x"
        }
    }
}
