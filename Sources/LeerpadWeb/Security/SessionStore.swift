import Foundation
import LeerpadCore

/// Signed-in coordinators' sessions, in memory: a restart signs everyone out.
actor SessionStore {
    private var sessions: [String: (name: String, expires: Date)] = [:]
    /// How long a session lasts without use.
    let lifetime: TimeInterval
    private let time: TimeSource
    private let random: RandomSource

    init(lifetime: TimeInterval = 8 * 3600, time: TimeSource, random: RandomSource) {
        self.lifetime = lifetime
        self.time = time
        self.random = random
    }

    /// Starts a session for `name`; returns its token.
    func start(name: String) -> String {
        let now = time.now()
        let token = Tokens.make(random)
        sessions[token] = (name, now.addingTimeInterval(lifetime))
        if sessions.count > 10_000 { sessions = sessions.filter { $0.value.expires > now } }
        return token
    }

    /// The coordinator of `token`, if the session is live; extends it.
    func coordinator(for token: String) -> String? {
        let now = time.now()
        guard let session = sessions[token] else { return nil }
        guard session.expires > now else {
            sessions[token] = nil
            return nil
        }
        sessions[token] = (session.name, now.addingTimeInterval(lifetime))
        return session.name
    }

    /// Ends the session of `token`.
    func end(_ token: String) { sessions[token] = nil }
}

/// Limits failed sign-in attempts per address and name: after `limit` failures in `window`
/// seconds, every attempt (even a right one) is refused until the oldest failure ages out.
actor SignInRateLimiter {
    private var failures: [String: [Date]] = [:]
    let limit: Int
    let window: TimeInterval
    private let time: TimeSource

    init(limit: Int = 5, window: TimeInterval = 60, time: TimeSource) {
        self.limit = limit
        self.window = window
        self.time = time
    }

    /// Whether `key` may try now.
    func allow(_ key: String) -> Bool {
        let now = time.now()
        let recent = (failures[key] ?? []).filter { now.timeIntervalSince($0) < window }
        failures[key] = recent.isEmpty ? nil : recent
        return recent.count < limit
    }

    /// Records a failed attempt of `key`.
    func fail(_ key: String) {
        let now = time.now()
        failures[key, default: []].append(now)
        if failures.count > 10_000 {
            failures = failures.filter { $0.value.contains { now.timeIntervalSince($0) < window } }
        }
    }
}
