import Foundation
import HTTPTypes
import Hummingbird
import Testing

@testable import LeerpadWeb

/// HEAD on every GET route, 405 with `Allow` for a wrong method on a known path.
@Suite("HTTP methods")
struct HTTPHygieneTests {
    @Test(
        "HEAD answers every GET route with its headers and no body",
        arguments: [
            "/", "/health", "/t/{code}", "/t/{code}/plan", "/api/teams/{code}/progress", "/catalogue",
            "/static/leerpad.css", "/openapi.json", "/demos",
        ])
    func head(_ path: String) async throws {
        let fixture = try WebFixture()
        let uri = path.replacingOccurrences(of: "{code}", with: fixture.code("Afvalbeheer"))
        try await fixture.run { agent in
            let get = try await agent.get(uri)
            let head = try await agent.send(uri, method: .head)
            #expect(get.status == .ok)
            #expect(head.status == .ok)
            #expect(head.text.isEmpty)
            #expect(head.headers[.contentType] == get.headers[.contentType])
            #expect(head.headers[.contentLength] != nil)
        }
    }

    @Test("HEAD on an unknown page is 404 and has no body")
    func headUnknown() async throws {
        let fixture = try WebFixture(seed: false)
        try await fixture.run { agent in
            let page = try await agent.send("/bestaat-niet", method: .head)
            #expect(page.status == .notFound)
            #expect(page.text.isEmpty)
        }
    }

    @Test(
        "a wrong method on a known path is 405 with the methods it takes",
        arguments: [
            ("DELETE", "/t/{code}", "GET, HEAD"), ("POST", "/health", "GET, HEAD"),
            ("PUT", "/t/{code}/plan", "GET, HEAD, POST"), ("GET", "/signout", "POST"),
            ("DELETE", "/api/teams/{code}/progress", "GET, HEAD"), ("PATCH", "/r/abcdef/review", "GET, HEAD"),
            ("GET", "/api/r/abcdef/responses", "POST"),
        ])
    func methodNotAllowed(_ method: String, _ path: String, _ allow: String) async throws {
        let fixture = try WebFixture()
        let uri = path.replacingOccurrences(of: "{code}", with: fixture.code("Afvalbeheer"))
        try await fixture.run { agent in
            let page = try await agent.send(uri, method: try #require(HTTPRequest.Method(method)))
            #expect(page.status == .methodNotAllowed)
            #expect(page.headers[.allow] == allow)
            if uri.hasPrefix("/api/") {
                #expect(try page.json()["error"] as? String == "Deze methode is hier niet toegestaan.")
            } else {
                #expect(page.text.contains("Deze methode is hier niet toegestaan."))
                #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            }
        }
    }

    @Test("a path no route has stays 404, whatever the method; a known page's 404 stays 404")
    func notFound() async throws {
        let fixture = try WebFixture()
        try await fixture.run { agent in
            let unknown = try await agent.send("/bestaat-niet", method: .delete)
            let deeper = try await agent.send("/t/ONBEKEND1/verder", method: .get)
            // The route exists and takes GET: an unknown code is the page's own 404, not a 405.
            let code = try await agent.get("/t/ONBEKEND1")
            #expect(unknown.status == .notFound && deeper.status == .notFound && code.status == .notFound)
        }
    }
}
