import Foundation
import HTTPTypes
import Hummingbird
import LeerpadApp
import LeerpadCore
import NIOHTTP1

/// Turns every error into a 4xx (or, for a failing database or a full work queue, 503) with a
/// readable message: an HTML page for pages, `{"error": …, "field": …}` for `/api` and
/// `/openapi.json`. Every 5xx is logged with what went wrong, which the client never sees.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext
    let log: WebLog
    let paths: PathMask

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as HTTPParserError {
            // The connection broke off mid-request (or sent garbage): Hummingbird answers 400 and closes it.
            throw error
        } catch {
            let failure = Self.webError(error, language: context.language)
            if failure.status.code >= 500 {
                log.serverError(
                    method: request.method.rawValue,
                    path: paths.mask(request.uri.path, route: context.endpointPath),
                    status: Int(failure.status.code), reason: Self.reason(error))
            }
            var response: Response
            if request.uri.path.hasPrefix("/api/") || request.uri.path == "/openapi.json" {
                response = JSONResponse.make(
                    ErrorBody(error: failure.message, field: failure.field), status: failure.status)
            } else {
                response = Layout.page(
                    title: context.language.page(.somethingWentWrong),
                    body: ErrorPage.render(failure, language: context.language), context: context,
                    status: failure.status)
            }
            for field in failure.headers { response.headers[field.name] = field.value }
            return request.method == .head ? response.createHeadResponse() : response
        }
    }

    /// What went wrong, for the log: the store's own reason for a failing database, the lane of a
    /// full work queue, else the error as Swift describes it.
    static func reason(_ error: any Error) -> String {
        if case .busy(let lane, let seconds) = error as? WorkPoolError {
            return "work lane \(lane.rawValue) full; Retry-After \(seconds) s"
        }
        if case .store(let storeError) = error as? AppError { return String(describing: storeError) }
        return String(describing: error).prefix(500).description
    }

    static func webError(_ error: any Error, language: Language) -> WebError {
        if let error = error as? WebError { return error }
        if let error = error as? WorkPoolError { return WebError(error, language: language) }
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
