import Foundation
import Hummingbird
import LeerpadApp
import LeerpadCore
import LeerpadStore

/// A request the app refuses, with a readable message and, where it applies, the field at fault.
///
/// Pages show it as an HTML error page; `/api` routes as `{"error": …, "field": …}`.
public struct WebError: Error, Sendable {
    /// The HTTP status (always 4xx unless the store itself failed).
    public var status: HTTPResponse.Status
    /// What is wrong, in the user's language.
    public var message: String
    /// The form or query field, or `nil`.
    public var field: String?
    /// Header fields the answer carries (`Allow` of a 405, `Retry-After` of a 503).
    public var headers: HTTPFields

    public init(_ status: HTTPResponse.Status, _ message: String, field: String? = nil, headers: HTTPFields = [:]) {
        self.status = status
        self.message = message
        self.field = field
        self.headers = headers
    }

    /// The answer to work refused by a full ``WorkPool`` lane: 503 with `Retry-After`.
    init(_ error: WorkPoolError, language: Language) {
        switch error {
        case .busy(_, let seconds):
            self.init(
                .serviceUnavailable, language.message(.serverBusy(seconds: seconds)),
                headers: [.retryAfter: String(seconds)])
        }
    }

    static func badRequest(_ message: String, field: String? = nil) -> WebError {
        WebError(.badRequest, message, field: field)
    }
    static func notFound(_ message: String) -> WebError { WebError(.notFound, message) }
    static func forbidden(_ message: String) -> WebError { WebError(.forbidden, message) }

    /// The web form of a use case's error: unknown codes 404, missing data 409, refused input 400.
    init(_ error: AppError, language: Language) {
        let message = error.message(in: language)
        switch error {
        case .store(let storeError): self = .store(storeError, language: language)
        case .unknownAccessCode: self.init(.notFound, message)
        case .noAssessment: self.init(.conflict, message)
        case .emptyPlan, .invalidPlan, .invalidRecording: self.init(.badRequest, message, field: error.field)
        case .emptyAssessment: self.init(.unprocessableContent, message, field: "body")
        case .unknownModules: self.init(.badRequest, message)
        case .weakPassword, .adminWithMunicipality, .unknownInstrument, .minimumOutOfRange, .closingInPast:
            self.init(.badRequest, message, field: error.field)
        case .roundAlreadyOpen, .roundPastClosing, .unchangedAnswers: self.init(.conflict, message)
        case .unknownRole, .invalidAnswer, .tooFewInImport:
            self.init(.unprocessableContent, message, field: error.field)
        }
    }

    /// The web form of a store error: unknown names are 404, bad values 400, a failing database
    /// 503 (without its file path or reason, which stay in the server's own output).
    static func store(_ error: StoreError, language: Language) -> WebError {
        let message = AppError.store(error).message(in: language)
        switch error {
        case .unknownTeam, .unknownEvent, .unknownAccount, .unknownRound, .noDatabase:
            return WebError(.notFound, message)
        case .teamExists, .accountExists, .roundEnded, .tooFewRespondents, .responseSubmitted, .alreadyRevoked,
            .revokesCorrection, .notEmpty:
            return WebError(.conflict, message)
        case .inFuture(let field): return WebError(.badRequest, message, field: field)
        case .invalidValue(let field, _): return WebError(.badRequest, message, field: field)
        case .database: return WebError(.serviceUnavailable, language.message(.databaseUnavailable))
        }
    }
}
