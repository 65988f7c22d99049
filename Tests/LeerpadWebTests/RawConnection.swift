import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A plain TCP connection to the server under test, for what a test client hides: the bytes of
/// the status line, HTTP/1.0, a connection the server closes. Its blocking calls run on a thread
/// of their own, never on Swift's cooperative pool (on which the server answers).
final class RawConnection: @unchecked Sendable {
    private let socket: Int32

    /// Connects to 127.0.0.1:`port`.
    init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw POSIXError(.EBADF) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            close(socket)
            throw POSIXError(.ECONNREFUSED)
        }
    }

    deinit { close(socket) }

    /// Sends `text`; false when the server has closed the connection.
    @discardableResult
    func send(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            == bytes.count
    }

    /// What arrives within `seconds`, and whether the server closed the connection by then.
    func read(for seconds: Double, until done: @escaping @Sendable (String) -> Bool = { _ in false }) async -> (
        text: String, closed: Bool
    ) {
        await Self.offPool { [self] in
            var received: [UInt8] = []
            let deadline = Date(timeIntervalSinceNow: seconds)
            var buffer = [UInt8](repeating: 0, count: 4096)
            while Date() < deadline {
                var wait = timeval(tv_sec: 0, tv_usec: 50_000)
                setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
                let count = recv(socket, &buffer, buffer.count, 0)
                if count == 0 { return (String(decoding: received, as: UTF8.self), true) }
                if count > 0 {
                    received += buffer[..<count]
                    if done(String(decoding: received, as: UTF8.self)) { break }
                }
                if count < 0, errno != EAGAIN, errno != EWOULDBLOCK {
                    return (String(decoding: received, as: UTF8.self), true)
                }
            }
            return (String(decoding: received, as: UTF8.self), false)
        }
    }

    /// Sends `chunk` every `interval` seconds for at most `seconds`, until the server closes the
    /// connection; what arrived, and whether it closed.
    func trickle(_ chunk: String, every interval: Double, for seconds: Double) async -> (text: String, closed: Bool) {
        let deadline = Date(timeIntervalSinceNow: seconds)
        var text = ""
        while Date() < deadline {
            send(chunk)
            let part = await read(for: interval)
            text += part.text
            if part.closed { return (text, true) }
        }
        return (text, false)
    }

    /// Runs `body` on a new thread and waits for it.
    static func offPool<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: body()) }.start()
        }
    }
}
