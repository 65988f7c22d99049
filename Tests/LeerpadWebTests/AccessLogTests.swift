import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Testing

@testable import LeerpadWeb

/// The log through swift-log: a line per request with secrets masked, a line per 5xx and per
/// refused sign-in, as JSON or as text.
@Suite("Logs")
struct AccessLogTests {
    @Test("every request gets one access line: method, path with its code or token masked, status, duration")
    func accessLines() async throws {
        let capture = LogCapture()
        let fixture = try WebFixture { $0.logger = capture.logger(.json) }
        let code = fixture.code("Afvalbeheer")
        let round = try fixture.leerpad().openRound(for: fixture.teams["Afvalbeheer"]!, instrument: "quickscan")
        try await fixture.run { agent in
            try await agent.get("/t/\(code)?done=path")
            try await agent.get("/api/teams/\(code)/progress")
            try await agent.get("/r/\(round.token)/qr.svg")
            try await agent.send("/api/r/\(round.token)/responses", method: .post, body: "{}")
            try await agent.get("/t/\(code)/bestaat-niet")
            try await agent.send("/t/\(code)", method: .delete)
            try await agent.send("/health", method: .head)
        }
        let lines = try capture.objects("access")
        let seen = lines.map { "\($0["method"]!) \($0["path"]!) \($0["status"]!)" }
        #expect(
            seen == [
                "GET /t/{code} 200", "GET /api/teams/{code}/progress 200", "GET /r/{token}/qr.svg 200",
                "POST /api/r/{token}/responses 415", "GET /t/{code}/bestaat-niet 404", "DELETE /t/{code} 405",
                "HEAD /health 200",
            ])
        for line in lines {
            #expect(line["level"] as? String == "info")
            #expect((line["duration_ms"] as? Double).map { $0 >= 0 } == true)
            #expect(line["status"] is Int)
            #expect(line["time"] is String)
        }
        let all = capture.lines.joined(separator: "\n")
        #expect(!all.contains(code) && !all.contains(round.token))
    }

    @Test("a refused sign-in is a warning with the address and a mask of the name, never the password")
    func refusedSignIn() async throws {
        let capture = LogCapture()
        let fixture = try WebFixture { $0.logger = capture.logger(.json) }
        try await fixture.run { agent in
            try await agent.get("/signin")
            try await agent.post("/signin", [("name", "Coordinator"), ("password", "geheim-wachtwoord-1")])
            try await agent.post("/signin", [("name", "coordinator"), ("password", "ander-wachtwoord-2")])
            try await agent.post("/signin", [("name", "iemand"), ("password", "geheim-wachtwoord-1")])
        }
        let refusals = try capture.objects("sign-in-refused")
        #expect(refusals.count == 3)
        #expect(
            refusals.allSatisfy {
                $0["level"] as? String == "warning" && $0["reason"] as? String == "wrong-credentials"
            })
        let masks = refusals.compactMap { $0["name_mask"] as? String }
        // The same name (in any case) gives the same mask, another name another one.
        #expect(masks.count == 3 && masks[0] == masks[1] && masks[0] != masks[2])
        #expect(masks.allSatisfy { $0.count == 16 && $0.allSatisfy(\.isHexDigit) })
        let all = capture.lines.joined(separator: "\n")
        for secret in ["geheim-wachtwoord-1", "ander-wachtwoord-2", "iemand", "oordinator\""] {
            #expect(!all.contains(secret), "\(secret) in the log")
        }
    }

    @Test("a full work queue answers 503 with Retry-After (page and API) and logs an error line")
    func busy() async throws {
        let capture = LogCapture()
        let pool = WorkPool(limits: [.demo: WorkLaneLimits(threads: 1, queue: 0, niceness: 0)])
        let fixture = try WebFixture(seed: false) {
            $0.logger = capture.logger(.json)
            $0.workPool = pool
        }
        let release = DispatchSemaphore(value: 0)
        let blocker = Task { try await pool.run(.demo) { release.wait() } }
        while pool.load(of: .demo).running == 0 { try await Task.sleep(for: .milliseconds(5)) }
        try await fixture.run { agent in
            let page = try await agent.get("/demos/route?scenario=afvalinzameling-hoeverveld&must=80&optional=60")
            #expect(page.status == .serviceUnavailable)
            #expect(Int(page.headers[.retryAfter] ?? "").map { $0 >= 1 } == true)
            #expect(page.text.contains("Het is nu te druk op de server."))
            let api = try await agent.get(
                "/api/demos/forecast?scenario=vraagvoorspelling-huishoudelijke-hulp&method=theta&lang=en")
            #expect(api.status == .serviceUnavailable)
            #expect(api.headers[.retryAfter] != nil)
            #expect((try api.json()["error"] as? String)?.hasPrefix("The server is too busy right now.") == true)
        }
        release.signal()
        try await blocker.value
        let errors = try capture.objects("server-error")
        #expect(errors.count == 2)
        #expect(errors.allSatisfy { $0["level"] as? String == "error" && $0["status"] as? Int == 503 })
        #expect((errors.first?["reason"] as? String)?.contains("work lane demo full") == true)
    }

    @Test("the text format: time, level, message, then key=value in key order")
    func textFormat() throws {
        let time = Date(timeIntervalSince1970: 1_803_891_600.25)
        let line = LogLine.text(
            time: time, level: .info, message: "access",
            metadata: ["status": .stringConvertible(200), "path": "/t/{code}", "note": "met spatie"])
        #expect(line == "2027-03-01T09:00:00.250Z info access note=\"met spatie\" path=/t/{code} status=200")
    }

    @Test("the JSON format: one object per line, numbers as numbers, strings escaped")
    func jsonFormat() throws {
        let line = LogLine.json(
            time: Date(timeIntervalSince1970: 0), level: .error, label: "leerpad", message: "server-error",
            metadata: [
                "status": .stringConvertible(503), "duration_ms": .stringConvertible(1.5), "reason": "a \"b\"\n",
            ])
        #expect(!line.contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["time"] as? String == "1970-01-01T00:00:00.000Z")
        #expect(object["status"] as? Int == 503)
        #expect(object["duration_ms"] as? Double == 1.5)
        #expect(object["reason"] as? String == "a \"b\"\n")
        #expect(object["logger"] as? String == "leerpad")
    }

    @Test("--log-level warning leaves out the access lines but keeps refusals")
    func level() async throws {
        let capture = LogCapture()
        let fixture = try WebFixture(seed: false) { $0.logger = capture.logger(.text, level: .warning) }
        try await fixture.run { agent in
            try await agent.get("/health")
            try await agent.get("/signin")
            try await agent.post("/signin", [("name", "coordinator"), ("password", "fout-wachtwoord")])
        }
        #expect(capture.lines.count == 1)
        #expect(capture.lines.first?.contains(" warning sign-in-refused ") == true)
    }
}

/// The client's address behind a reverse proxy.
@Suite("Behind a proxy")
struct ForwardedForTests {
    @Test("with trustsForwardedFor the address of a refused sign-in is X-Forwarded-For's last entry, else the peer's")
    func address() async throws {
        for trusted in [true, false] {
            let capture = LogCapture()
            let fixture = try WebFixture(seed: false) {
                $0.logger = capture.logger(.json)
                $0.trustsForwardedFor = trusted
            }
            try await fixture.run { agent in
                try await agent.get("/signin")
                try await agent.post(
                    "/signin", [("name", "coordinator"), ("password", "fout-wachtwoord")],
                    headers: [HTTPField.Name("X-Forwarded-For")!: "198.51.100.1, 203.0.113.9"])
            }
            let address = try capture.objects("sign-in-refused").first?["address"] as? String
            #expect((address == "203.0.113.9") == trusted, "\(address ?? "none")")
        }
    }
}
