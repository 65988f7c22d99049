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
        if services.configuration.trustsForwardedFor,
            let forwarded = request.headers[values: HTTPField.Name("X-Forwarded-For")!].last?
                .split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !forwarded.isEmpty
        {
            context.remoteAddress = String(forwarded.prefix(64))
        }
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
        if let session = cookies[Cookies.session]?.value, Tokens.isWellFormed(session),
            let account = try? services.leerpad.sessionAccount(token: session)
        {
            context.account = account
            context.sessionToken = session
        }
        // Whatever a request other than GET or HEAD wrote shows on the next team page at once.
        defer { if request.method != .get && request.method != .head { services.teamViews.dropAll() } }
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
