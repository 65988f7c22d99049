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
    /// The route demo's budget in solver iterations per plan, or `nil` for
    /// `SolverConfiguration.demoIterations`: a fixed number of iterations gives the same routes on any
    /// machine and every request (a 10-second cap stops it on a machine far too slow, and the page says so).
    public var routeDemoIterations: Int?
    /// The installation's name as the issuer of its signed badges.
    public var issuerName = "Leerpad"

    /// Creates a configuration.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, coordinatorName: String = "coordinator",
        coordinatorPasswordHash: String, signInAttemptsPerMinute: Int = 5, baseURL: String = "https://leerpad.example",
        showsSampleTeams: Bool = false, routeDemoIterations: Int? = nil
    ) {
        self.host = host
        self.port = port
        self.coordinatorName = coordinatorName
        self.coordinatorPasswordHash = coordinatorPasswordHash
        self.signInAttemptsPerMinute = signInAttemptsPerMinute
        self.baseURL = baseURL
        self.showsSampleTeams = showsSampleTeams
        self.routeDemoIterations = routeDemoIterations
    }
}

extension WebConfiguration {
    /// A bcrypt hash of `password` (cost 12 by default; tests use less).
    public static func hashPassword(_ password: String, cost: UInt8 = 12) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    /// A random password of 16 letters and digits, easy to type.
    public static func makePassword(random: RandomSource = .system()) -> String {
        random.string(length: 16, from: Array("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"))
    }
}
