import Foundation
import HTTPTypes
import Hummingbird
import LeerpadApp
import LeerpadCore

/// Works out language, CSRF token, session and TLS for every request; sets the cookies and
/// security headers on every response.
struct RequestSetupMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext
    let services: WebServices

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        var context = context
        context.isSecure = request.headers[values: HTTPField.Name("X-Forwarded-Proto")!].first?.lowercased() == "https"
        context.requestPath = request.uri.path
        let cookies = request.cookies
        if let asked = request.uri.queryParameters["lang"].flatMap({ Language(rawValue: String($0)) }) {
            context.language = asked
            context.languageChosen = true
        } else if let remembered = cookies["lang"].flatMap({ Language(rawValue: $0.value) }) {
            context.language = remembered
        } else {
            context.language = AcceptLanguage.preferred(request.headers[.acceptLanguage])
        }
        if let token = cookies[Cookies.csrf]?.value, Tokens.isWellFormed(token) {
            context.csrfToken = token
        } else {
            context.csrfToken = Tokens.make(services.random)
            context.csrfIsNew = true
        }
        if let session = cookies[Cookies.session]?.value, Tokens.isWellFormed(session) {
            context.coordinator = await services.sessions.coordinator(for: session)
        }
        var response = try await next(request, context)
        if context.languageChosen {
            response.setCookie(
                Cookie(
                    name: "lang", value: context.language.rawValue, maxAge: 365 * 86_400, path: "/",
                    secure: context.isSecure, httpOnly: true, sameSite: .lax))
        }
        if context.csrfIsNew {
            response.setCookie(
                Cookie(
                    name: Cookies.csrf, value: context.csrfToken, path: "/", secure: context.isSecure, httpOnly: true,
                    sameSite: .lax))
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[.contentSecurityPolicy] =
            "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        if response.headers[.cacheControl] == nil { response.headers[.cacheControl] = "no-store" }
        return response
    }
}

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

/// Cookie names.
enum Cookies {
    static let csrf = "leerpad_csrf"
    static let session = "leerpad_session"
    static func draft(_ teamID: Int64) -> String { "leerpad_draft_\(teamID)" }
}

/// JSON responses with a stable encoding.
enum JSONResponse {
    static func make(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data = (try? encoder.encode(value)) ?? Data(#"{"error":"could not encode the response"}"#.utf8)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func text(_ text: String, contentType: String, fileName: String? = nil) -> Response {
        var headers: HTTPFields = [.contentType: contentType]
        if let fileName { headers[.contentDisposition] = "attachment; filename=\"\(fileName)\"" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
