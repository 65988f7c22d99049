import Foundation
import HummingbirdBcrypt
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// How the web app runs: where it listens and who the coordinator is.
public struct WebConfiguration: Sendable {
    /// The host to bind, e.g. `127.0.0.1`.
    public var host: String
    /// The port to bind.
    public var port: Int
    /// The coordinator's sign-in name.
    public var coordinatorName: String
    /// The coordinator's password as a bcrypt hash.
    public var coordinatorPasswordHash: String
    /// Sign-in attempts allowed per address and name per minute.
    public var signInAttemptsPerMinute: Int
    /// The base of IRIs in exports (xAPI, badges).
    public var baseURL: String
    /// Whether the home page links the sample teams (a demo, where their codes are no secret).
    public var showsSampleTeams: Bool

    /// Creates a configuration.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, coordinatorName: String = "coordinator",
        coordinatorPasswordHash: String, signInAttemptsPerMinute: Int = 5, baseURL: String = "https://leerpad.example",
        showsSampleTeams: Bool = false
    ) {
        self.host = host
        self.port = port
        self.coordinatorName = coordinatorName
        self.coordinatorPasswordHash = coordinatorPasswordHash
        self.signInAttemptsPerMinute = signInAttemptsPerMinute
        self.baseURL = baseURL
        self.showsSampleTeams = showsSampleTeams
    }
}

/// The Content in use; a validated catalogue upload replaces the catalogue while the app runs.
final class ContentHolder: @unchecked Sendable {
    private let lock = NSLock()
    private var bundle: ContentBundle

    init(_ bundle: ContentBundle) { self.bundle = bundle }

    var current: ContentBundle {
        lock.lock()
        defer { lock.unlock() }
        return bundle
    }

    func replaceCatalogue(_ catalogue: Catalogue) {
        lock.lock()
        defer { lock.unlock() }
        bundle.catalogue = catalogue
    }
}

/// Everything the routes share.
final class WebServices: Sendable {
    let configuration: WebConfiguration
    let content: ContentHolder
    let store: any ProgressStore
    let sessions = SessionStore()
    let cache = TeamDataCache()
    let signInLimiter: SignInRateLimiter
    /// Where catalogue uploads find `catalogue.xsd`, if known.
    let contentDirectory: ContentDirectory?

    init(
        configuration: WebConfiguration, content: ContentBundle, store: any ProgressStore,
        contentDirectory: ContentDirectory?
    ) {
        self.configuration = configuration
        self.content = ContentHolder(content)
        self.store = store
        self.signInLimiter = SignInRateLimiter(limit: configuration.signInAttemptsPerMinute)
        self.contentDirectory = contentDirectory
    }
}

extension WebConfiguration {
    /// A bcrypt hash of `password` (cost 12 by default; tests use less).
    public static func hashPassword(_ password: String, cost: UInt8 = 12) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    /// A random password of 16 letters and digits, easy to type.
    public static func makePassword() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<16).map { _ in alphabet.randomElement(using: &generator)! })
    }
}
