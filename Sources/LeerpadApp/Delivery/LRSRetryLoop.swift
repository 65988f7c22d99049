import Foundation
import LeerpadStore

/// The web app's retries: every `interval`, what the outbox holds for the coordinator's LRS
/// and is due (after its backoff) is sent again, until the task is cancelled.
public enum LRSRetryLoop {
    /// Runs until cancelled; a failed round is kept in the outbox (its error shows in `leerpad lrs status`).
    public static func run(_ leerpad: Leerpad, interval: Duration = .seconds(30)) async {
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            guard let outbox = try? leerpad.outbox(), let setting = try? outbox.lrsEndpoint() else { continue }
            let connection = LRSConnection(url: setting.url, username: setting.username, password: setting.password)
            _ = try? await leerpad.deliverPending(to: connection)
        }
    }
}
