import Foundation
import LeerpadContent
import LeerpadCore
import LeerpadStore
import Logging

/// How the web app runs: where it listens and how it guards sign-ins. Coordinators' accounts live
/// in the store (`leerpad user add`).
public struct WebConfiguration: Sendable {
    /// The host to bind, e.g. `127.0.0.1`.
    public var host: String
    /// The port to bind.
    public var port: Int
    /// Failed sign-in attempts allowed per address and name per minute.
    public var signInAttemptsPerMinute: Int
    /// Failed sign-in attempts allowed per address per minute, whatever the name.
    public var signInAttemptsPerAddressPerMinute: Int
    /// Round responses accepted per address per minute (the respondents' link and its API).
    public var responsesPerAddressPerMinute: Int
    /// The bcrypt cost of password hashes (12; tests use less).
    public var passwordCost: UInt8
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
    /// The wall-clock cap of each plan of a route demo asked for without signing in: the iteration
    /// budget keeps finished plans the same on every request, the cap bounds what one anonymous
    /// request can cost (a plan cut short says so on the page). Signed-in coordinators get 10 s.
    public var anonymousRouteDemoCap: Duration = .seconds(3)
    /// The threads and queue of each kind of CPU-heavy work; a lane left out gets
    /// ``WorkLaneLimits/default(for:cores:)``.
    public var workLimits: [WorkLane: WorkLaneLimits] = [:]
    /// A pool to share instead (several apps in one process; tests fill it to see a 503), or nil
    /// for one of the app's own with ``workLimits``.
    public var workPool: WorkPool?
    /// A connection that sends nothing for this long (no request begun, or a request's headers
    /// unfinished) is closed, as is a keep-alive connection idle between requests.
    public var idleTimeout: Duration = .seconds(30)
    /// A request's body must have arrived this long after its headers, else the server answers
    /// 408 and closes the connection (a slow upload is cut off).
    public var requestReadTimeout: Duration = .seconds(30)
    /// Whether the client's address is the last entry of `X-Forwarded-For` (set by a reverse
    /// proxy in front) rather than the connection's peer, for the sign-in limits and the log.
    public var trustsForwardedFor = false
    /// Where the access log, errors and refused sign-ins go (``LogFormat`` and ``WebLog``).
    public var logger = Logger(label: "leerpad")

    /// Creates a configuration.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, signInAttemptsPerMinute: Int = 5,
        signInAttemptsPerAddressPerMinute: Int = 30, responsesPerAddressPerMinute: Int = 30, passwordCost: UInt8 = 12,
        baseURL: String = "https://leerpad.example", showsSampleTeams: Bool = false, routeDemoIterations: Int? = nil
    ) {
        self.host = host
        self.port = port
        self.signInAttemptsPerMinute = signInAttemptsPerMinute
        self.signInAttemptsPerAddressPerMinute = signInAttemptsPerAddressPerMinute
        self.responsesPerAddressPerMinute = responsesPerAddressPerMinute
        self.passwordCost = passwordCost
        self.baseURL = baseURL
        self.showsSampleTeams = showsSampleTeams
        self.routeDemoIterations = routeDemoIterations
    }
}
