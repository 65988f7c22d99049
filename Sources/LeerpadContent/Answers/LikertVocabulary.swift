import LeerpadCore

/// The words survey tools write for answers: digits, Likert labels in Dutch and English,
/// and the ways of saying "don't know".
enum LikertVocabulary {
    private static let labels: [String: Answer] = [
        "helemaal oneens": .likert(1), "oneens": .likert(2), "neutraal": .likert(3),
        "niet eens, niet oneens": .likert(3), "eens": .likert(4), "helemaal eens": .likert(5),
        "strongly disagree": .likert(1), "disagree": .likert(2), "neutral": .likert(3),
        "neither agree nor disagree": .likert(3), "agree": .likert(4), "strongly agree": .likert(5),
        "weet niet": .dontKnow, "weet ik niet": .dontKnow, "don't know": .dontKnow, "dont know": .dontKnow,
    ]

    /// The answer `text` stands for, or `nil` when it is none.
    static func answer(for text: String) -> Answer? {
        if let number = Int(text) {
            return Answer.likertRange.contains(number) ? .likert(number) : nil
        }
        return labels[text.lowercased()]
    }
}
