import Foundation
import HTTPTypes
import Hummingbird
import LeerpadApp
import LeerpadCore
import LeerpadStore

/// Who may use a coordinator's page or API call, and what they may see.
///
/// Pages need a signed-in session; the API takes the session plus the `X-CSRF-Token` header for
/// state-changing calls, or HTTP Basic credentials. Sign-ins are rate-limited per (address, name)
/// and per address, and checked on the work pool's password lane (bcrypt takes a quarter of a second).
struct CoordinatorAccess {
    let services: WebServices

    /// The signed-in account of a page request, or 401.
    func account(_ context: WebRequestContext) throws(WebError) -> Account {
        guard let account = context.account else {
            throw WebError(.unauthorized, context.language.message(.signInFirst))
        }
        return account
    }

    /// The signed-in account of an admin-only request: 401 without one, 403 for an `hr` account.
    func admin(_ context: WebRequestContext) throws(WebError) -> Account {
        let account = try account(context)
        guard account.role == .admin else {
            throw WebError(.forbidden, RoundText.adminOnly.text(context.language))
        }
        return account
    }

    /// The account of an API request: a session (with the CSRF header when `unsafe`) or HTTP Basic.
    func apiAccount(_ request: Request, _ context: WebRequestContext, unsafe: Bool) async throws -> Account {
        let l = context.language
        if let account = context.account {
            if unsafe {
                let header = request.headers[HTTPField.Name("X-CSRF-Token")!]
                guard !context.csrfIsNew, let header, Tokens.equal(header, context.csrfToken) else {
                    throw WebError(.forbidden, l.message(.csrfHeaderInvalid), field: "X-CSRF-Token")
                }
            }
            return account
        }
        if let authorization = request.headers[.authorization], authorization.hasPrefix("Basic "),
            let decoded = Data(base64Encoded: String(authorization.dropFirst(6))).flatMap({
                String(data: $0, encoding: .utf8)
            }),
            let colon = decoded.firstIndex(of: ":")
        {
            let name = String(decoded[..<colon].prefix(100))
            let password = String(decoded[decoded.index(after: colon)...])
            switch try await signIn(name: name, password: password, address: context.remoteAddress) {
            case .success(let account): return account
            case .refused: break
            case .limited: throw WebError(.tooManyRequests, l.message(.tooManyAttempts))
            }
        }
        throw WebError(.unauthorized, l.message(.coordinatorsOnly))
    }

    /// The outcome of a sign-in attempt.
    enum SignIn {
        case success(Account)
        case refused
        case limited
    }

    /// Checks a name and password within the rate limits; a failure counts against both limits.
    /// bcrypt runs on the work pool's password lane.
    ///
    /// - Throws: ``WorkPoolError/busy(lane:retryAfter:)`` when that lane is full (503, `Retry-After`).
    func signIn(name: String, password: String, address: String) async throws -> SignIn {
        let nameKey = "\(address)|\(name.lowercased())"
        guard await services.addressLimiter.allow(address), await services.signInLimiter.allow(nameKey) else {
            services.log.signInRefused(.rateLimited, address: address, name: name)
            return .limited
        }
        let leerpad = services.leerpad
        let account = try await services.work.run(.password) {
            try? leerpad.authenticate(name: name, password: password)
        }
        guard let account else {
            await services.addressLimiter.fail(address)
            await services.signInLimiter.fail(nameKey)
            services.log.signInRefused(.wrongCredentials, address: address, name: name)
            return .refused
        }
        return .success(account)
    }
}
