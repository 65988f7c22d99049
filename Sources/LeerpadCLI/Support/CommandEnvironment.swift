import Foundation
import LeerpadCore

/// The clock and random source of a command: the system's, unless `LEERPAD_NOW` (an ISO 8601
/// date or date-time) pins the time and `LEERPAD_SEED` (an integer) the randomness — so that a
/// workshop script or a snapshot test gets the same output every run. `leerpad serve` ignores
/// both: sessions, tokens and passwords always come from the system.
enum CommandEnvironment {
    /// The command's clock.
    static let time: TimeSource = {
        guard let text = ProcessInfo.processInfo.environment["LEERPAD_NOW"], let instant = InstantArgument.parse(text)
        else { return .system }
        return .fixed(instant)
    }()

    /// The command's random source.
    static let random: RandomSource = {
        guard let text = ProcessInfo.processInfo.environment["LEERPAD_SEED"], let seed = UInt64(text) else {
            return .system()
        }
        return .seeded(seed)
    }()
}
