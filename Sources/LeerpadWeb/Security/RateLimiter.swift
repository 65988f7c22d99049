import Foundation
import LeerpadCore

/// Limits attempts per key (an address, or an address and a name): after `limit` failures in
/// `window` seconds, every attempt (even a right one) is refused until the oldest failure ages out.
///
/// It lives in the server's memory: each server process counts its own attempts.
actor RateLimiter {
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
