import Foundation
import Logging
import Testing

@testable import LeerpadWeb

/// Collects the lines a ``LeerpadLogHandler`` writes, for tests that parse them.
final class LogCapture: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [String] = []

    /// A logger writing to this capture in `format` from `level` up.
    func logger(_ format: LogFormat = .json, level: Logger.Level = .info) -> Logger {
        Logger(label: "leerpad") { [self] label in
            LeerpadLogHandler(label: label, format: format, level: level) { line in self.append(line) }
        }
    }

    private func append(_ line: String) {
        lock.lock()
        collected.append(line)
        lock.unlock()
    }

    /// Every line so far.
    var lines: [String] {
        lock.lock()
        defer { lock.unlock() }
        return collected
    }

    /// Every line so far parsed as a JSON object (a line that is none fails the test).
    func objects() throws -> [[String: Any]] {
        try lines.map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            return try #require(object as? [String: Any], "not a JSON object: \(line)")
        }
    }

    /// The parsed lines whose message is `message`.
    func objects(_ message: String) throws -> [[String: Any]] {
        try objects().filter { $0["message"] as? String == message }
    }
}
