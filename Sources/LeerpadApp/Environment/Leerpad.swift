import LeerpadContent
import LeerpadCore
import LeerpadStore

/// Leerpad's use cases over their dependencies: the store, the Content, the clock and the random
/// source (for round tokens and session tokens; the store draws access codes from its own). Both front ends (the `leerpad` commands and the web app) make one of these,
/// call a use case and render the value it returns; neither composes the core itself.
///
/// It is a small value: the web makes one per request with the Content in use at that moment.
public struct Leerpad: Sendable {
    /// Where teams, assessments, paths and the progress log are kept.
    public var store: any ProgressStore
    /// The model, catalogue, use cases, rules and game settings.
    public var content: ContentBundle
    /// Where "now" comes from.
    public var time: TimeSource
    /// Keeps derived team data between calls, if given (the web app's).
    public var cache: TeamReportCache?
    /// Where tokens of rounds and sessions come from.
    public var random: RandomSource
    /// The bcrypt cost of new password hashes (12; tests use less).
    public var passwordCost: UInt8

    /// Creates the use cases over these dependencies.
    public init(
        store: any ProgressStore, content: ContentBundle, time: TimeSource = .system, cache: TeamReportCache? = nil,
        random: RandomSource = .system(), passwordCost: UInt8 = 12
    ) {
        self.store = store
        self.content = content
        self.time = time
        self.cache = cache
        self.random = random
        self.passwordCost = passwordCost
    }

    /// The use cases that need only the Content.
    public var advisor: Advisor { Advisor(content: content) }

    /// Runs a store call, turning its error into an ``AppError``.
    func storing<T>(_ body: (any ProgressStore) throws(StoreError) -> T) throws(AppError) -> T {
        do {
            return try body(store)
        } catch {
            throw .store(error)
        }
    }

    /// Runs a store write for `teamID` and drops the team's cached data.
    func writing<T>(teamID: Int64, _ body: (any ProgressStore) throws(StoreError) -> T) throws(AppError) -> T {
        defer { cache?.invalidate(teamID: teamID) }
        return try storing(body)
    }
}
