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
    let cache: TeamReportCache
    /// Failed sign-ins per address and name.
    let signInLimiter: RateLimiter
    /// Failed sign-ins per address, whatever the name.
    let addressLimiter: RateLimiter
    /// Round responses per address.
    let responseLimiter: RateLimiter
    /// Where catalogue uploads find `catalogue.xsd`, if known.
    let contentDirectory: ContentDirectory?
    /// The threads of the CPU-heavy work: demos, bcrypt, catalogue checks.
    let work: WorkPool
    /// The access log, server errors, refused sign-ins and other events.
    let log: WebLog
    /// Hides access codes and tokens in logged paths.
    let paths = PathMask()
    /// The methods each route path answers (405 and `Allow`).
    let allowed = AllowedMethods()
    /// Team pages and progress answers as rendered, per team revision.
    let teamViews: TeamViewCache

    init(
        configuration: WebConfiguration, content: ContentBundle, store: any ProgressStore,
        contentDirectory: ContentDirectory?, time: TimeSource, random: RandomSource
    ) {
        self.configuration = configuration
        let log = WebLog(logger: configuration.logger)
        self.log = log
        self.work = configuration.workPool ?? WorkPool(limits: configuration.workLimits)
        let cache = TeamReportCache()
        let teamViews = TeamViewCache()
        self.teamViews = teamViews
        self.cache = cache
        self.content = ContentHolder(
            content, catalogues: store as? any CatalogueStore, time: time,
            decode: { stored, content in
                let upload = CatalogueUpload.check(
                    stored.xml, fileName: "catalogue.xml", directory: contentDirectory, content: content,
                    language: .english)
                if case .failure(let problems) = upload {
                    log.notice(
                        "stored-catalogue-refused",
                        [
                            "revision": .stringConvertible(stored.revision),
                            "problems": .string(problems.lines.joined(separator: "; ")),
                        ])
                }
                return try? upload.get()
            },
            changed: {
                cache.invalidate()
                teamViews.dropAll()
            })
        self.store = store
        self.time = time
        self.random = random
        self.signInLimiter = RateLimiter(limit: configuration.signInAttemptsPerMinute, time: time)
        self.addressLimiter = RateLimiter(limit: configuration.signInAttemptsPerAddressPerMinute, time: time)
        self.responseLimiter = RateLimiter(limit: configuration.responsesPerAddressPerMinute, time: time)
        self.contentDirectory = contentDirectory
    }

    /// Counts a round response from `address`; 429 once it sent more than the limit this minute.
    func admitResponse(from address: String, language: Language) async throws(WebError) {
        guard await responseLimiter.allow(address) else {
            throw WebError(.tooManyRequests, language.message(.tooManyAttempts))
        }
        await responseLimiter.fail(address)
    }

    /// The use cases over the Content in use now.
    var leerpad: Leerpad {
        Leerpad(
            store: store, content: content.current, time: time, cache: cache, random: random,
            passwordCost: configuration.passwordCost)
    }
}

extension WebRequestContext {
    /// The access code in the route's `{code}`, or empty.
    var accessCode: String { parameters.get("code") ?? "" }
}
