import LeerpadCore

/// The terms both front ends use alike: teams, modules, the questionnaire, the learning path and its levels,
/// and the state of a step on it. Several are the same word in both languages, but still a word.
///
/// The Dutch texts are in `TermText+Dutch.swift`, the English ones in `TermText+English.swift`, each an
/// exhaustive switch: a case without its text in either language does not compile.
public enum TermText: TextCatalogue {
    case team
    case teams
    case module
    case modules
    case useCases
    case badges
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
