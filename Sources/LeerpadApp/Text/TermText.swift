import LeerpadCore

/// The terms both front ends use alike: the questionnaire, the learning path and its levels, and the
/// state of a step on it.
///
/// The Dutch texts are in `TermText+Dutch.swift`, the English ones in `TermText+English.swift`, each an
/// exhaustive switch: a case without its text in either language does not compile.
public enum TermText: TextCatalogue {
    case questionnaire
    case learningPath
    case level
    case prerequisite
    case selfPaced
    case noAnswers

    // The state of a step on the path
    case stepDone
    case stepInProgress
    case stepNext
    case stepPlanned
}
