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

    public init(_ status: HTTPResponse.Status, _ message: String, field: String? = nil) {
        self.status = status
        self.message = message
        self.field = field
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
        case .store(let storeError): self = .store(storeError)
        case .unknownAccessCode: self.init(.notFound, message)
        case .noAssessment: self.init(.conflict, message)
        case .emptyPlan, .invalidPlan, .invalidRecording: self.init(.badRequest, message, field: error.field)
        case .emptyAssessment: self.init(.unprocessableContent, message, field: "body")
        }
    }

    /// The web form of a store error: unknown names are 404, bad values 400, a failing database 503.
    static func store(_ error: StoreError) -> WebError {
        switch error {
        case .unknownTeam, .unknownEvent: WebError(.notFound, error.errorDescription ?? "not found")
        case .teamExists: WebError(.conflict, error.errorDescription ?? "conflict")
        case .invalidValue(let field, let reason): WebError(.badRequest, reason, field: field)
        case .database: WebError(.serviceUnavailable, "the database is not available; try again later")
        }
    }
}

/// The JSON body of every API error.
struct ErrorBody: Codable, Sendable {
    var error: String
    var field: String?

    private enum CodingKeys: String, CodingKey { case error, field }

    /// Always both keys; `field` is `null` when no field is at fault.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(error, forKey: .error)
        try container.encode(field, forKey: .field)
    }
}

extension ProgressStore {
    /// Runs a store call, turning its error into a ``WebError``.
    func web<T>(_ body: (Self) throws(StoreError) -> T) throws(WebError) -> T {
        do {
            return try body(self)
        } catch {
            throw WebError.store(error)
        }
    }
}
