import Foundation
import Hummingbird
import LeerpadCore

/// Cross-site request forgery protection: a random token in an HttpOnly SameSite=Lax cookie
/// that every form repeats in a hidden field (double submit).
enum CSRF {
    static func check(_ submitted: String?, context: WebRequestContext) throws(WebError) {
        guard !context.csrfIsNew, let submitted, Tokens.equal(submitted, context.csrfToken) else {
            throw WebError(
                .forbidden,
                context.language.message(.formExpired),
                field: "csrf")
        }
    }

    /// The hidden field every form carries.
    static func field(_ context: WebRequestContext) -> HTML {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(context.csrfToken)\">"
    }
}
