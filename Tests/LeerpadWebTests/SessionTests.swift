import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadStore
import LeerpadTestSupport
import Testing

@testable import LeerpadWeb

/// Sessions live in the database: they survive a restart, are valid on a second server on the
/// same file, expire when idle, and end when the password changes.
@Suite("Sessions in the database")
struct SessionTests {
    /// A clock the test moves.
    final class Clock: @unchecked Sendable {
        private let lock = NSLock()
        private var instant = Date(timeIntervalSince1970: 1_803_891_600)
        var now: Date { lock.withLock { instant } }
        func advance(_ seconds: TimeInterval) { lock.withLock { instant += seconds } }
        var source: TimeSource { TimeSource { [self] in now } }
    }

    static func server(_ path: String, clock: Clock) throws -> Router<WebRequestContext> {
        let content = try ContentDirectory.locate().loadBundle()
        return buildRouter(
            configuration: WebConfiguration(passwordCost: 4), content: content,
            store: try StoreLocation(path).open(time: clock.source), time: clock.source)
    }

    static func request(_ router: Router<WebRequestContext>, _ uri: String, cookie: String) async throws
        -> HTTPResponse.Status
    {
        try await Application(router: router).test(.router) { client in
            try await client.execute(uri: uri, method: .get, headers: [.cookie: cookie]).status
        }
    }

    @Test(
        "a session begun on one server is valid after a restart and on a second server; idle ones expire",
        arguments: TestDatabaseKind.available)
    func survivesRestart(_ kind: TestDatabaseKind) async throws {
        let clock = Clock()
        let database = try TestDatabase(kind)
        defer { database.drop() }
        let path = database.location
        let leerpad = Leerpad(
            store: try StoreLocation(path).open(time: clock.source),
            content: try ContentDirectory.locate().loadBundle(), time: clock.source, passwordCost: 4)
        let account = try leerpad.addAccount(name: "hr", role: .hr, municipality: "Vlietdam", password: "geheim-123")
        let first = try Self.server(path, clock: clock)
        let cookie: String = try await Application(router: first).test(.router) { client in
            let page = try await client.execute(uri: "/signin", method: .get)
            let csrf = try #require(
                page.headers[values: .setCookie].first { $0.hasPrefix("leerpad_csrf=") }?.split(separator: ";")[0])
            let token = csrf.split(separator: "=")[1]
            let signedIn = try await client.execute(
                uri: "/signin", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded", .cookie: String(csrf)],
                body: ByteBuffer(string: "name=hr&password=geheim-123&csrf=\(token)"))
            #expect(signedIn.status == .found)
            let session = try #require(
                signedIn.headers[values: .setCookie].first { $0.hasPrefix("leerpad_session=") }?.split(separator: ";")[
                    0])
            return String(session)
        }
        // A new process on the same database (a restart, or the second server behind a proxy).
        let second = try Self.server(path, clock: clock)
        #expect(try await Self.request(second, "/coordinator", cookie: cookie) == .ok)
        clock.advance(7 * 3600)
        #expect(try await Self.request(first, "/coordinator", cookie: cookie) == .ok)
        clock.advance(7 * 3600)  // used 7 hours ago: still within the 8 idle hours
        #expect(try await Self.request(second, "/coordinator", cookie: cookie) == .ok)
        clock.advance(8 * 3600 + 1)
        #expect(try await Self.request(second, "/coordinator", cookie: cookie) == .found)
        // A password change ends the account's other sessions.
        let token = try leerpad.startSession(for: account)
        let kept = try leerpad.startSession(for: account)
        try leerpad.changePassword(of: "hr", to: "nieuw-geheim-456", keeping: kept)
        #expect(try leerpad.sessionAccount(token: token) == nil)
        #expect(try leerpad.sessionAccount(token: kept)?.name == "hr")
        #expect(try leerpad.authenticate(name: "hr", password: "geheim-123") == nil)
        #expect(try leerpad.authenticate(name: "hr", password: "nieuw-geheim-456")?.id == account.id)
    }

    @Test("failed sign-ins are limited per address and name; another name keeps its own attempts")
    func signInLimits() async throws {
        let fixture = try WebFixture(signInAttempts: 3)
        try await fixture.run { agent in
            try await agent.get("/signin")
            for _ in 0..<3 {
                let wrong = try await agent.post("/signin", [("name", "coordinator"), ("password", "fout")])
                #expect(wrong.status == .unauthorized)
            }
            let limited = try await agent.post("/signin", [("name", "coordinator"), ("password", WebFixture.password)])
            #expect(limited.status == .tooManyRequests)
            // Another name from the same address still has its own attempts, up to the address's limit.
            let other = try await agent.post("/signin", [("name", "iemand"), ("password", "fout")])
            #expect(other.status == .unauthorized)
        }
        #expect(try fixture.leerpad().authenticate(name: "niemand", password: WebFixture.password) == nil)
    }
}
