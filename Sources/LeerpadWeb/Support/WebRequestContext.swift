import Hummingbird
import LeerpadCore
import LeerpadStore
import NIOCore

/// The request context of the web app: who asks (coordinator or not), in which language,
/// with which CSRF token, from which address.
public struct WebRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The peer's IP address, when the connection has one (for the sign-in rate limit).
    public var remoteAddress: String
    /// The language of the page: `?lang=`, else the `lang` cookie, else `Accept-Language`.
    public var language: Language = .default
    /// Whether `?lang=` asked to remember a language in a cookie.
    public var languageChosen = false
    /// The request's CSRF token (from its cookie, or fresh).
    public var csrfToken = ""
    /// Whether the CSRF cookie must be set on the response.
    public var csrfIsNew = false
    /// The signed-in coordinator's account, if any.
    public var account: Account?
    /// The signed-in coordinator's name, if any.
    public var coordinator: String? { account?.name }
    /// The session token of the request, when it has a live session.
    public var sessionToken: String?
    /// Whether the request came over TLS (directly or through a proxy saying so).
    public var isSecure = false
    /// The request's path, for the language switch.
    public var requestPath = "/"

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "local"
    }

    /// Bodies larger than this are refused with 413 unless a route asks for less.
    public var maxUploadSize: Int { WebLimits.maximumBody }
}

/// Size limits of request bodies.
public enum WebLimits {
    /// Any body: 2 MiB.
    public static let maximumBody = 2 << 20
    /// A form: 64 KiB.
    public static let maximumForm = 64 << 10
    /// An answer sheet (CSV): 1 MiB.
    public static let maximumAnswerSheet = 1 << 20
    /// A catalogue upload: 2 MiB.
    public static let maximumCatalogue = 2 << 20
}
