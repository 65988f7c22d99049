import Foundation
import HTTPTypes
import LeerpadCore
import LeerpadStore
import Testing

/// The standards routes: team calendar feeds, the issuer's did.json and revocation list,
/// badge verification, and the coordinator's LRS page behind sign-in.
@Suite("Calendar feeds, did:web, badge verification and the LRS setting on the web")
struct StandardsWebTests {
    /// The `UID`s and `SEQUENCE`s of a calendar, in order.
    static func events(_ calendar: String) -> [(uid: String, sequence: String)] {
        let lines = calendar.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n")
        var result: [(String, String)] = []
        var uid = ""
        for line in lines {
            if line.hasPrefix("UID:") { uid = String(line.dropFirst(4)) }
            if line.hasPrefix("SEQUENCE:") { result.append((uid, String(line.dropFirst(9)))) }
        }
        return result
    }

    @Test("two teams' agenda feeds merged into one calendar have no UID collisions, though they share runs")
    func feedsDoNotCollide() async throws {
        let fixture = try WebFixture()
        let names = fixture.teams.keys.sorted()
        try await fixture.run { agent in
            var all: [String] = []
            var items: [Set<String>] = []
            for name in names {
                let feed = try await agent.get("/t/\(fixture.code(name))/agenda.ics")
                #expect(feed.status == .ok)
                #expect(feed.headers[.contentType] == "text/calendar; charset=utf-8")
                #expect(feed.text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
                #expect(feed.text.contains("\r\nMETHOD:PUBLISH\r\n"))
                #expect(feed.text.contains("\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Amsterdam\r\n"))
                #expect(feed.text.contains("\r\nX-WR-TIMEZONE:Europe/Amsterdam\r\n"))
                let uids = Self.events(feed.text).map(\.uid)
                all += uids
                items.append(Set(uids.map { $0.components(separatedBy: "-team-")[0] }))
            }
            #expect(all.count > names.count)
            #expect(Set(all).count == all.count, "colliding UIDs: \(all)")
            // The test means something only if two teams are booked on the same run or module.
            let shared = items.indices.contains { i in
                items.indices.contains { j in i < j && !items[i].isDisjoint(with: items[j]) }
            }
            #expect(shared)
        }
    }

    @Test("an event's SEQUENCE rises when its booking changes, and only then")
    func sequence() async throws {
        let fixture = try WebFixture(seed: false)
        let team = try fixture.store.addTeam(name: "Burgerzaken", municipality: "Gemeente Vlietdam", size: 4)
        let run = try #require(fixture.content.catalogue.modules.first { !$0.runs.isEmpty })
        func path(selfPacedStart: String) throws -> AcceptedPath {
            let start = try #require(CalendarDate(iso8601: selfPacedStart))
            return AcceptedPath(
                steps: [
                    .init(
                        moduleID: run.id, level: 1, start: run.runs[0].start, end: run.runs[0].end,
                        runIDs: [run.runs[0].id]),
                    .init(
                        moduleID: "data-literacy-intro", level: 1, start: start, end: start.adding(days: 6), runIDs: []),
                ], budgetCents: 100_000, hoursPerPerson: 40, weeks: 20, teamSize: 4, start: start)
        }
        try fixture.store.acceptPath(
            teamID: team.id, acceptedAt: Date(timeIntervalSince1970: 1_800_000_000),
            path: try path(selfPacedStart: "2027-03-01"))
        try fixture.store.acceptPath(
            teamID: team.id, acceptedAt: Date(timeIntervalSince1970: 1_800_086_400),
            path: try path(selfPacedStart: "2027-03-08"))
        try await fixture.run { agent in
            let feed = try await agent.get("/t/\(team.accessCode)/agenda.ics")
            let events = Self.events(feed.text)
            #expect(events.count == 2)
            #expect(events.first { $0.uid.hasPrefix(run.runs[0].id) }?.sequence == "0")
            #expect(events.first { $0.uid.hasPrefix("data-literacy-intro-self-paced") }?.sequence == "1")
            #expect(feed.text.contains("DTSTART;VALUE=DATE:20270308"))
        }
    }

    @Test(
        "did.json and the revocation list are public; POST /api/badges/verify accepts a signed export and refuses a changed one"
    )
    func badges() async throws {
        let fixture = try WebFixture()
        try await fixture.run { agent in
            let did = try await agent.get("/.well-known/did.json").json()
            #expect(did["id"] as? String == "did:web:leerpad.example")
            let methods = try #require(did["verificationMethod"] as? [[String: Any]])
            #expect(!methods.isEmpty)
            #expect(methods.allSatisfy { ($0["publicKeyJwk"] as? [String: Any])?["d"] == nil })
            let status = try await agent.get("/badges/status").json()
            #expect(status["revokedCredentials"] as? [Any] != nil)

            try await agent.signIn()
            let export = try await agent.get("/coordinator/export/badges")
            #expect(export.text.contains("\"jwt\""))
            let verified = try await agent.send("/api/badges/verify", method: .post, body: export.text)
            let answer = try verified.json()
            #expect(answer["valid"] as? Bool == true, "\(verified.text)")
            let badges = try #require(answer["badges"] as? [[String: Any]])
            #expect(!badges.isEmpty && badges.allSatisfy { $0["valid"] as? Bool == true })

            let first = try #require(
                try export.jsonArray().compactMap { ($0["credentials"] as? [[String: Any]])?.first }.first)
            let jwt = try #require(first["jwt"] as? String)
            var parts = jwt.split(separator: ".").map(String.init)
            parts[2] = String(parts[2].reversed())
            let refused = try await agent.send(
                "/api/badges/verify", method: .post, headers: [.acceptLanguage: "en"],
                body: parts.joined(separator: "."))
            let verdict = try refused.json()
            #expect(verdict["valid"] as? Bool == false)
            let message = (verdict["badges"] as? [[String: Any]])?.first?["message"] as? String ?? ""
            #expect(message.contains("refused"), "\(message)")
        }
    }

    @Test("the LRS setting is the coordinator's: signed out it redirects or refuses")
    func lrsNeedsSignIn() async throws {
        let fixture = try WebFixture(seed: false)
        try await fixture.run { agent in
            #expect(try await agent.get("/coordinator/lrs").status == .found)
            try await agent.get("/")
            let refused = try await agent.post("/coordinator/lrs", [("url", "http://127.0.0.1:9/xAPI")])
            #expect(refused.status == .unauthorized)
            try await agent.signIn()
            let page = try await agent.get("/coordinator/lrs")
            #expect(page.status == .ok && page.text.contains("name=\"url\""))
        }
    }

    @Test("the coordinator's LRS setting sends every statement to a real LRS (Ralph); a second save sends none")
    func lrsSetting() async throws {
        let environment = ProcessInfo.processInfo.environment
        guard let url = environment["LEERPAD_TEST_LRS_URL"], !url.isEmpty else {
            print(
                "SKIPPED: LEERPAD_TEST_LRS_URL is not set; run bash scripts/test.sh to test against a real LRS (Ralph)")
            return
        }
        // The fixture's base address is the same in every run: only a fresh LRS or new ids count,
        // so this checks what the outbox reports, which the CLI test checks against the LRS itself.
        let fixture = try WebFixture()
        try await fixture.run { agent in
            try await agent.signIn()
            let fields = [
                ("url", url), ("user", environment["LEERPAD_TEST_LRS_USER"] ?? ""),
                ("password", environment["LEERPAD_TEST_LRS_PASSWORD"] ?? ""),
            ]
            let first = try await agent.post("/coordinator/lrs?lang=en", fields)
            #expect(first.status == .ok)
            #expect(first.text.contains(" delivered, 0 pending"), "\(first.text)")
            #expect(!first.text.contains(environment["LEERPAD_TEST_LRS_PASSWORD"] ?? "never shown"))
            let again = try await agent.post("/coordinator/lrs?lang=en", [("url", url), ("user", fields[1].1)])
            #expect(again.text.contains("0 newly queued, 0 delivered, 0 pending"), "\(again.text)")
        }
    }
}
