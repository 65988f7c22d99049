import Foundation

/// Where randomness comes from: the system's generator in the program, a seeded sequence in
/// tests so that access codes and passwords are reproducible. Safe to share between threads.
public final class RandomSource: RandomNumberGenerator, @unchecked Sendable {
    private let lock = NSLock()
    private var seeded: SplitMix64?

    private init(seeded: SplitMix64?) {
        self.seeded = seeded
    }

    /// The system's cryptographically secure generator.
    public static func system() -> RandomSource { RandomSource(seeded: nil) }

    /// The same sequence for the same `seed` (never for secrets in production).
    public static func seeded(_ seed: UInt64) -> RandomSource { RandomSource(seeded: SplitMix64(seed: seed)) }

    /// The next 64 random bits.
    public func next() -> UInt64 {
        lock.lock()
        defer { lock.unlock() }
        if seeded != nil { return seeded!.next() }
        var system = SystemRandomNumberGenerator()
        return system.next()
    }

    /// `length` characters drawn uniformly from `alphabet` (which must not be empty).
    public func string(length: Int, from alphabet: [Character]) -> String {
        var generator = self
        return String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
    }
}
