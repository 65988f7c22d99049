import Foundation
import Logging

/// The web app's log events, each one line through swift-log: the access log (one line per
/// request), server errors and refused sign-ins. Secrets never reach it: paths are masked
/// (``PathMask``), sign-in names hashed (``SignInNameMask``), passwords and cookies not passed.
struct WebLog: Sendable {
    /// Why a sign-in was refused.
    enum SignInRefusal: String, Sendable {
        /// The name or the password was wrong.
        case wrongCredentials = "wrong-credentials"
        /// Too many failed attempts from the address or on the name.
        case rateLimited = "rate-limited"
    }

    let logger: Logger
    let names = SignInNameMask()

    /// One request answered: `access method=… path=… status=… duration_ms=…` at info.
    func access(method: String, path: String, status: Int, duration: Duration) {
        logger.info(
            "access",
            metadata: [
                "method": .string(method), "path": .string(path), "status": .stringConvertible(status),
                "duration_ms": .stringConvertible(Self.milliseconds(duration)),
            ])
    }

    /// A request answered with a 5xx status, with what went wrong (never shown to the client).
    func serverError(method: String, path: String, status: Int, reason: String) {
        logger.error(
            "server-error",
            metadata: [
                "method": .string(method), "path": .string(path), "status": .stringConvertible(status),
                "reason": .string(reason),
            ])
    }

    /// A refused sign-in: the reason, the address and the masked name (never the password).
    func signInRefused(_ reason: SignInRefusal, address: String, name: String) {
        logger.warning(
            "sign-in-refused",
            metadata: [
                "reason": .string(reason.rawValue), "address": .string(address),
                "name_mask": .string(names.mask(name)),
            ])
    }

    /// Anything else worth a line (a stored catalogue that is not taken up, a connection cut off).
    func notice(_ event: String, _ metadata: Logger.Metadata = [:]) {
        logger.notice("\(event)", metadata: metadata)
    }

    /// `duration` in milliseconds, to a hundredth.
    static func milliseconds(_ duration: Duration) -> Double {
        let parts = duration.components
        let value = Double(parts.seconds) * 1000 + Double(parts.attoseconds) * 1e-15
        return (value * 100).rounded() / 100
    }
}
