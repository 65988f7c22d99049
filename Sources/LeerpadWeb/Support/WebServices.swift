import Foundation
import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// Everything the routes share: configuration, the use cases' dependencies, sessions and limits.
final class WebServices: Sendable {
    let configuration: WebConfiguration
    let content: ContentHolder
    let store: any ProgressStore
    let time: TimeSource
    let random: RandomSource
    let sessions: SessionStore
    let cache = TeamReportCache()
    let signInLimiter: SignInRateLimiter
    /// Where catalogue uploads find `catalogue.xsd`, if known.
    let contentDirectory: ContentDirectory?

    init(
        configuration: WebConfiguration, content: ContentBundle, store: any ProgressStore,
        contentDirectory: ContentDirectory?, time: TimeSource, random: RandomSource
    ) {
        self.configuration = configuration
        self.content = ContentHolder(content)
        self.store = store
        self.time = time
        self.random = random
        self.sessions = SessionStore(time: time, random: random)
        self.signInLimiter = SignInRateLimiter(limit: configuration.signInAttemptsPerMinute, time: time)
        self.contentDirectory = contentDirectory
    }

    /// The use cases over the Content in use now.
    var leerpad: Leerpad {
        Leerpad(store: store, content: content.current, time: time, cache: cache)
    }
}

extension WebRequestContext {
    /// The access code in the route's `{code}`, or empty.
    var accessCode: String { parameters.get("code") ?? "" }
}
