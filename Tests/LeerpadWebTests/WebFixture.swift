import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadStore
import LeerpadWeb
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A web app on a fresh temporary SQLite file with the sample teams of Vlietdam.
struct WebFixture: @unchecked Sendable {
    static let password = "correct horse battery"
    let router: Router<WebRequestContext>
    let store: SQLiteProgressStore
    let content: ContentBundle
    let teams: [String: Team]
    let databasePath: String
    let time: TimeSource
    let random: RandomSource
    let configuration: WebConfiguration
    let directory: ContentDirectory

    /// A fixture on the system clock, or on `time` and `random` when pinned (snapshots).
    init(
        seed: Bool = true, signInAttempts: Int = 5, showsSampleTeams: Bool = false, time: TimeSource = .system,
        random: RandomSource = .system(), routeDemoIterations: Int? = nil,
        configure: (inout WebConfiguration) -> Void = { _ in }
    ) throws {
        let directory = try ContentDirectory.locate()
        content = try directory.loadBundle()
        self.time = time
        self.random = random
        databasePath =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("leerpad-web-\(UUID().uuidString).sqlite").path
        store = try SQLiteProgressStore(path: databasePath, time: time, random: random)
        if seed {
            let scenarios = try #require(SampleMunicipality.locateScenarios(near: directory))
            try SampleMunicipality.seed(
                into: Leerpad(store: store, content: content, time: time), teamsDirectory: scenarios)
        }
        teams = Dictionary(uniqueKeysWithValues: try store.teams().map { ($0.name, $0) })
        let accounts = Leerpad(store: store, content: content, time: time, random: random, passwordCost: 4)
        try accounts.addAccount(name: "coordinator", role: .admin, municipality: nil, password: Self.password)
        var configuration = WebConfiguration(
            signInAttemptsPerMinute: signInAttempts, passwordCost: 4, showsSampleTeams: showsSampleTeams,
            routeDemoIterations: routeDemoIterations)
        // Debug builds of the tests run in parallel on few cores: the demos get the coordinator's cap.
        configuration.anonymousRouteDemoCap = .seconds(10)
        configure(&configuration)
        self.configuration = configuration
        self.directory = directory
        router = buildRouter(
            configuration: configuration, content: content, store: store, contentDirectory: directory, time: time,
            random: random)
    }

    /// 2027-03-01 09:00 UTC, the pinned now of snapshot fixtures.
    static let pinnedNow = Date(timeIntervalSince1970: 1_803_891_600)

    /// The sample teams on a pinned clock and seed, with a route demo of fixed work: every page
    /// renders the same on every run.
    static func pinned() throws -> WebFixture {
        try WebFixture(
            showsSampleTeams: true, time: .fixed(pinnedNow), random: .seeded(2027), routeDemoIterations: 300)
    }

    func code(_ name: String) -> String { teams[name]!.accessCode }

    /// The use cases over the fixture's store, on its clock.
    func leerpad() -> Leerpad { Leerpad(store: store, content: content, time: time, random: random, passwordCost: 4) }

    /// The whole app (server included) on the fixture's store, on a free port of 127.0.0.1.
    func application() -> some ApplicationProtocol {
        var configuration = configuration
        configuration.port = 0
        return buildApplication(
            configuration: configuration, content: content, store: store, contentDirectory: directory, time: time,
            random: random)
    }

    /// Runs `body` with a cookie-keeping agent against the router.
    func run(_ body: @Sendable (Agent) async throws -> Void) async throws {
        let app = Application(router: router)
        try await app.test(.router) { client in
            try await body(Agent(client: client))
        }
        try? FileManager.default.removeItem(atPath: databasePath)
    }
}

/// A response as text.
struct Page: Sendable {
    var status: HTTPResponse.Status
    var headers: HTTPFields
    var text: String

    var setCookies: [String] { headers[values: .setCookie] }

    /// The JSON body decoded as a dictionary.
    func json() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func jsonArray() throws -> [[String: Any]] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
    }
}

/// A browser-like client: keeps cookies, fills in the CSRF field.
final class Agent: @unchecked Sendable {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]

    init(client: any TestClientProtocol) { self.client = client }

    var csrf: String { cookies["leerpad_csrf"] ?? "" }

    @discardableResult
    func send(_ uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: String? = nil) async throws
        -> Page
    {
        var headers = headers
        if !cookies.isEmpty, headers[.cookie] == nil {
            headers[.cookie] = cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
                separator: "; ")
        }
        let response = try await client.execute(
            uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) })
        for header in response.headers[values: .setCookie] {
            let pair = header.split(separator: ";")[0].split(
                separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard pair.count == 2 else { continue }
            if header.contains("Max-Age=0") || pair[1].isEmpty {
                cookies[String(pair[0])] = nil
            } else {
                cookies[String(pair[0])] = String(pair[1])
            }
        }
        return Page(status: response.status, headers: response.headers, text: String(buffer: response.body))
    }

    @discardableResult
    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> Page {
        try await send(uri, method: .get, headers: headers)
    }

    /// Posts a form; the CSRF token is added unless `csrf` is given (use "" to leave it out).
    @discardableResult
    func post(_ uri: String, _ fields: [(String, String)], csrf: String? = nil, headers: HTTPFields = [:]) async throws
        -> Page
    {
        var all = fields
        let token = csrf ?? self.csrf
        if !token.isEmpty { all.append(("csrf", token)) }
        var headers = headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await send(uri, method: .post, headers: headers, body: Self.encode(all))
    }

    static func encode(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.map {
            "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed)!)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)"
        }
        .joined(separator: "&")
    }

    /// Signs in as `name` (the fixture's admin by default).
    func signIn(as name: String = "coordinator", password: String = WebFixture.password) async throws {
        try await get("/signin")
        let page = try await post("/signin", [("name", name), ("password", password)])
        #expect(page.status == .found)
    }
}

/// Checks that a fragment is well-formed XML (for the server-rendered SVG).
enum XMLCheck {
    final class Delegate: NSObject, XMLParserDelegate {
        var elements: [String] = []
        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            elements.append(name)
        }
    }

    /// The element names of `xml`, or `nil` when it is not well-formed.
    static func elements(_ xml: String) -> [String]? {
        let parser = XMLParser(data: Data(xml.utf8))
        let delegate = Delegate()
        parser.delegate = delegate
        return parser.parse() ? delegate.elements : nil
    }

    /// Every `<svg …>…</svg>` in `html`.
    static func svgs(in html: String) -> [String] {
        var result: [String] = []
        var rest = html[...]
        while let start = rest.range(of: "<svg"), let end = rest[start.lowerBound...].range(of: "</svg>") {
            result.append(String(rest[start.lowerBound..<end.upperBound]))
            rest = rest[end.upperBound...]
        }
        return result
    }
}
