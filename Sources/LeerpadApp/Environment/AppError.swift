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
        }
    }

    /// The field at fault, if one is.
    public var field: String? {
        switch self {
        case .invalidPlan(let problems): problems.first?.field.rawValue
        case .invalidRecording(let problems): problems.first?.field.rawValue
        default: nil
        }
    }
}

extension AppError: LocalizedError {
    public var errorDescription: String? { message(in: .english) }
}

extension StoreError {
    /// The store's refusal or failure as a sentence of the catalogue.
    var phrase: Phrase {
        switch self {
        case .teamExists(let name): .teamExists(name: name)
        case .unknownTeam(let name): .unknownTeam(name: name)
        case .unknownEvent(let team, let id): .unknownEvent(team: team, id: id)
        case .invalidValue(let field, let reason): .invalidValue(field: field, reason: reason)
        case .database(let path, let reason): .databaseUnavailable(path: path, reason: reason)
        }
    }
}
