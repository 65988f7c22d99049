import Foundation
import HTTPTypes
import Hummingbird
import LeerpadApp
import LeerpadCore

/// Turns every error into a 4xx (or, for a failing database, 503) with a readable message:
/// an HTML page for pages, `{"error": …, "field": …}` for `/api` and `/openapi.json`.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            let failure = Self.webError(error, language: context.language)
            if request.uri.path.hasPrefix("/api/") || request.uri.path == "/openapi.json" {
                return JSONResponse.make(
                    ErrorBody(error: failure.message, field: failure.field), status: failure.status)
            }
            return Layout.page(
                title: context.language.page(.somethingWentWrong),
                body: ErrorPage.render(failure, language: context.language), context: context, status: failure.status)
        }
    }

    static func webError(_ error: any Error, language: Language) -> WebError {
        if let error = error as? WebError { return error }
        if let error = error as? AppError { return WebError(error, language: language) }
        if let error = error as? any HTTPResponseError {
            let status = error.status
            let message: String
            switch status.code {
            case 404: message = language.message(.pageNotFound)
            case 405:
                message = language.message(.methodNotAllowed)
            case 413:
                message = language.message(.requestTooLarge(kibibytes: WebLimits.maximumBody / 1024))
            default: message = language.message(.invalidRequest(status: Int(status.code)))
            }
            return WebError(status.code >= 500 ? .badRequest : status, message)
        }
        if error is DecodingError {
            return WebError(
                .badRequest, language.message(.unreadableData))
        }
        return WebError(
            .internalServerError, language.message(.internalError))
    }
}
