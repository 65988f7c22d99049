import Foundation
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// Why a use case refused or failed, with the context to say so in the user's language.
public enum AppError: Error, Sendable {
    /// The store refused or failed.
    case store(StoreError)
    /// No team has this access code (the same answer for every wrong code).
    case unknownAccessCode
    /// The team has no stored assessment to plan or compare from.
    case noAssessment(team: String)
    /// The plan holds no module, so there is nothing to accept.
    case emptyPlan
    /// The plan's constraints are refused, field by field.
    case invalidPlan(InputProblems<PlanField>)
    /// A progress record is refused, field by field.
    case invalidRecording(InputProblems<ProgressRecordField>)
    /// The answers do not hold a single answered statement: no answers is not a result.
    case emptyAssessment(source: String)
    /// Module ids the catalogue does not have (e.g. typed as completed).
    case unknownModules([String])
    /// A password shorter than 8 or longer than 72 bytes.
    case weakPassword
    /// An admin sees every municipality; it has none of its own.
    case adminWithMunicipality
    /// No questionnaire has this id.
    case unknownInstrument(String, known: [String])
    /// A round's minimum below the game's minimum or above the team's size.
    case minimumOutOfRange(minimum: Int, lowest: Int, teamSize: Int)
    /// A closing date before today.
    case closingInPast(CalendarDate)
    /// The team has an open round already.
    case roundAlreadyOpen(team: String, round: Int64)
    /// The round's closing date has passed; it takes no more responses.
    case roundPastClosing(round: Int64)
    /// A respondent role that is not one of the model's mix.
    case unknownRole(String, known: [String])
    /// An answer of a response is refused.
    case invalidAnswer(statement: String, reason: AnswerProblem)
    /// An imported answer sheet has fewer respondents than a measurement needs.
    case tooFewInImport(source: String, respondents: Int, minimum: Int)
    /// The same answers are stored already as this measurement; nothing new was stored.
    case unchangedAnswers(assessmentID: Int64)
}

/// What is wrong with one answer of a response.
public enum AnswerProblem: Hashable, Sendable {
    /// The statement is not in the round's questionnaire.
    case unknownStatement
    /// The statement has no answer.
    case missing
    /// The value is not 1–5 or "weet niet".
    case invalidValue(String)
}

extension AppError {
    /// The message for people, in `language`.
    public func message(in language: Language) -> String {
        switch self {
        case .store(let error): error.phrase.text(language)
        case .unknownAccessCode: Phrase.unknownAccessCode.text(language)
        case .noAssessment(let team): Phrase.noAssessment(team: team).text(language)
        case .emptyPlan: Phrase.emptyPlan.text(language)
        case .invalidPlan(let problems): problems.first?.problem.message(in: language) ?? ""
        case .invalidRecording(let problems): problems.first?.problem.message(in: language) ?? ""
        case .emptyAssessment(let source): Phrase.emptyAssessment(source: source).text(language)
        case .unknownModules(let ids): Phrase.unknownModules(ids.joined(separator: ", ")).text(language)
        case .weakPassword: RoundText.weakPassword.text(language)
        case .adminWithMunicipality: RoundText.adminWithMunicipality.text(language)
        case .unknownInstrument(let id, let known):
            RoundText.unknownInstrument(id, known: known.joined(separator: ", ")).text(language)
        case .minimumOutOfRange(let minimum, let lowest, let size):
            RoundText.minimumOutOfRange(minimum: minimum, lowest: lowest, teamSize: size).text(language)
        case .closingInPast(let date): RoundText.closingInPast(date.description).text(language)
        case .roundAlreadyOpen(let team, let round): RoundText.roundAlreadyOpen(team: team, round: round).text(language)
        case .roundPastClosing(let round): RoundText.roundPastClosing(round: round).text(language)
        case .unknownRole(let role, let known):
            RoundText.unknownRole(role, known: known.joined(separator: ", ")).text(language)
        case .invalidAnswer(let statement, let reason):
            switch reason {
            case .unknownStatement: RoundText.unknownStatement(statement).text(language)
            case .missing: RoundText.answerMissing(statement).text(language)
            case .invalidValue(let value): RoundText.invalidAnswerValue(statement, value: value).text(language)
            }
        case .tooFewInImport(let source, let respondents, let minimum):
            RoundText.tooFewInImport(source: source, respondents: respondents, minimum: minimum).text(language)
        case .unchangedAnswers(let id): RoundText.unchangedAnswers(assessmentID: id).text(language)
        }
    }

    /// The field at fault, if one is.
    public var field: String? {
        switch self {
        case .invalidPlan(let problems): problems.first?.field.rawValue
        case .invalidRecording(let problems): problems.first?.field.rawValue
        case .invalidAnswer(let statement, _): "answers.\(statement)"
        case .unknownRole: "role"
        case .weakPassword: "password"
        case .minimumOutOfRange: "minimumRespondents"
        case .closingInPast: "closes"
        case .unknownInstrument: "instrument"
        default: nil
        }
    }
}

extension AppError: LocalizedError {
    public var errorDescription: String? { message(in: .english) }
}

extension StoreError {
    /// The store's refusal or failure as a sentence of a catalogue.
    var phrase: any TextCatalogue {
        switch self {
        case .teamExists(let name): Phrase.teamExists(name: name)
        case .unknownTeam(let name): Phrase.unknownTeam(name: name)
        case .unknownEvent(let team, let id): Phrase.unknownEvent(team: team, id: id)
        case .invalidValue(let field, let reason): Phrase.invalidValue(field: field, reason: reason)
        case .database(let path, let reason): Phrase.databaseUnavailable(path: path, reason: reason)
        case .alreadyRevoked(let team, let id): RoundText.alreadyRevoked(team: team, id: id)
        case .revokesCorrection(let team, let id): RoundText.revokesCorrection(team: team, id: id)
        case .inFuture(let field): RoundText.inFuture(field: field)
        case .accountExists(let name): RoundText.accountExists(name)
        case .unknownAccount(let name): RoundText.unknownAccount(name)
        case .unknownRound(let id): RoundText.unknownRound(id)
        case .roundEnded(let id, let state): RoundText.roundEnded(round: id, closed: state == .closed)
        case .tooFewRespondents(let round, let submitted, let minimum):
            RoundText.tooFewRespondents(round: round, submitted: submitted, minimum: minimum)
        case .responseSubmitted: RoundText.responseSubmitted
        case .notEmpty(let location, let table): StoreText.notEmpty(location: location, table: table)
        case .noDatabase(let path): StoreText.noDatabase(path: path)
        }
    }
}
