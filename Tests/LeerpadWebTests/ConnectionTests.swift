import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import LeerpadWeb

/// The server's connection rules, on a real socket: idle and read timeouts, HTTP/1.0.
@Suite("Connections")
struct ConnectionTests {
    /// A running app with short timeouts; `body` gets its port.
    static func live(
        idle: Duration = .seconds(5), read: Duration = .seconds(5),
        _ body: @escaping @Sendable (Int) async throws -> Void
    ) async throws {
        let fixture = try WebFixture(seed: false) {
            $0.idleTimeout = idle
            $0.requestReadTimeout = read
        }
        try await fixture.application().test(.live) { client in
            try await body(try #require(client.port))
        }
    }

    /// Whether a complete response with a `Content-Length` body has arrived.
    static func complete(_ text: String) -> Bool {
        guard let end = text.range(of: "\r\n\r\n") else { return false }
        let head = text[..<end.lowerBound].lowercased()
        guard let line = head.split(separator: "\r\n").first(where: { $0.hasPrefix("content-length:") }),
            let length = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces))
        else { return false }
        return text[end.upperBound...].utf8.count >= length
    }

    @Test("a connection that sends nothing is closed after the idle timeout")
    func idle() async throws {
        try await Self.live(idle: .milliseconds(300)) { port in
            let connection = try RawConnection(port: port)
            let started = Date()
            let result = await connection.read(for: 3)
            let elapsed = Date().timeIntervalSince(started)
            #expect(result.closed)
            #expect(elapsed >= 0.25 && elapsed < 2, "closed after \(elapsed) s")
        }
    }

    @Test("unfinished request headers are cut off after the idle timeout")
    func slowHeaders() async throws {
        try await Self.live(idle: .milliseconds(300)) { port in
            let connection = try RawConnection(port: port)
            connection.send("GET /health HTTP/1.1\r\nHost: x\r\n")
            let result = await connection.trickle("X-A: b\r\n", every: 0.1, for: 3)
            #expect(result.closed)
        }
    }

    @Test("a keep-alive connection idle after its response is closed after the idle timeout")
    func idleAfterResponse() async throws {
        try await Self.live(idle: .milliseconds(300)) { port in
            let connection = try RawConnection(port: port)
            connection.send("GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
            let first = await connection.read(for: 2, until: Self.complete)
            #expect(first.text.hasPrefix("HTTP/1.1 200"))
            #expect(!first.closed)
            let rest = await connection.read(for: 3)
            #expect(rest.closed)
        }
    }

    @Test("a slow upload is answered 408 and cut off after the read timeout")
    func slowUpload() async throws {
        try await Self.live(read: .milliseconds(500)) { port in
            let connection = try RawConnection(port: port)
            connection.send(
                "POST /demos/forecast HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 100000\r\n\r\ncsv=")
            let started = Date()
            let result = await connection.trickle("1", every: 0.1, for: 4)
            #expect(result.closed)
            #expect(result.text.hasPrefix("HTTP/1.1 408"))
            #expect(Date().timeIntervalSince(started) < 2.5)
        }
    }

    @Test("an HTTP/1.0 request is answered in HTTP/1.0 and its connection closed")
    func http10() async throws {
        try await Self.live { port in
            let connection = try RawConnection(port: port)
            connection.send("GET /health HTTP/1.0\r\n\r\n")
            let result = await connection.read(for: 3)
            #expect(result.closed)
            #expect(result.text.hasPrefix("HTTP/1.0 200"))
            #expect(result.text.lowercased().contains("\r\nconnection: close\r\n"))
            #expect(!result.text.lowercased().contains("transfer-encoding"))
        }
    }

    @Test("an HTTP/1.0 request asking keep-alive keeps its connection for the next request")
    func http10KeepAlive() async throws {
        try await Self.live { port in
            let connection = try RawConnection(port: port)
            connection.send("GET /health HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
            let first = await connection.read(for: 2, until: Self.complete)
            #expect(!first.closed)
            #expect(first.text.hasPrefix("HTTP/1.0 200"))
            #expect(first.text.lowercased().contains("\r\nconnection: keep-alive\r\n"))
            connection.send("HEAD /health HTTP/1.0\r\n\r\n")
            let second = await connection.read(for: 2)
            #expect(second.text.hasPrefix("HTTP/1.0 200"))
            #expect(second.closed)
        }
    }

    @Test("HTTP/1.1 with Connection: close is closed after its response")
    func http11Close() async throws {
        try await Self.live { port in
            let connection = try RawConnection(port: port)
            connection.send("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            let result = await connection.read(for: 3)
            #expect(result.closed)
            #expect(result.text.hasPrefix("HTTP/1.1 200"))
            #expect(result.text.lowercased().contains("\r\nconnection: close\r\n"))
        }
    }
}
