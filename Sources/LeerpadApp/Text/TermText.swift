import LeerpadCore

/// The terms both front ends use alike: teams, modules, the questionnaire, the learning path and its stages, ranks and maturity levels,
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
    // Three kinds of "level", three words in each language, never mixed:
    /// A team's standing in the game, reached by XP (`Rang 3` / `Rank 3`).
    case rank
    /// A maturity level of the Ontwikkelmodel, 1–5 (`Niveau` / `Level`).
    case maturityLevel
    /// A stage of the learning path; modules of stage 2 build on stage 1 (`Etappe` / `Stage`).
    case stage
    case prerequisite
    case selfPaced
    case noAnswers

    // The state of a step on the path
    case stepDone
    case stepInProgress
    case stepNext
    case stepPlanned
}
