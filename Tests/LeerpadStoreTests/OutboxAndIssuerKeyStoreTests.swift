import Foundation
import LeerpadCore
import LeerpadStore
import Testing

@Suite("The store (SQLite and PostgreSQL): LRS outbox, issuer keys, signed credentials, path history")
struct OutboxAndIssuerKeyStoreTests {
    let endpoint = "http://127.0.0.1:9/xAPI/statements"
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    func statements(_ ids: [String]) -> [OutboxStatement] {
        ids.map { OutboxStatement(id: $0, json: #"{"id":"\#($0)"}"#) }
    }

    @Test(
        "a statement is queued once per endpoint; what is delivered is never due again", arguments: StoreKind.available)
    func outbox(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        defer { withExtendedLifetime(fixture) {} }
        let store = fixture.store
        #expect(try store.enqueue(statements(["a", "b", "c"]), endpoint: endpoint, at: start) == 3)
        #expect(try store.enqueue(statements(["b", "c", "d"]), endpoint: endpoint, at: start) == 1)
        #expect(try store.enqueue(statements(["a"]), endpoint: "http://other.example/statements", at: start) == 1)
        #expect(try store.due(endpoint: endpoint, now: start, limit: 10).map(\.id) == ["a", "b", "c", "d"])
        #expect(try store.due(endpoint: endpoint, now: start, limit: 2).map(\.id) == ["a", "b"])
        try store.markDelivered(endpoint: endpoint, ids: ["a", "b"], at: start)
        let later = start.addingTimeInterval(60)
        try store.markFailed(endpoint: endpoint, ids: ["c"], error: "HTTP 503", at: start, retryAt: later)
        #expect(try store.due(endpoint: endpoint, now: start, limit: 10).map(\.id) == ["d"])
        #expect(try store.due(endpoint: endpoint, now: later, limit: 10).map(\.id) == ["c", "d"])
        #expect(try store.attempts(endpoint: endpoint, id: "c") == 1)
        let status = try #require(try store.outboxStatus().first { $0.endpoint == endpoint })
        #expect(status.pending == 2 && status.delivered == 2)
        #expect(status.lastError == "HTTP 503")
        #expect(status.nextAttemptAt == start)  // d was never tried
        // Reopened, the outbox is still there: an outage or a restart loses nothing.
        let reopened = try fixture.reopen()
        #expect(try reopened.due(endpoint: endpoint, now: later, limit: 10).map(\.id) == ["c", "d"])
    }

    @Test("the coordinator's LRS is kept, replaced and cleared", arguments: StoreKind.available)
    func endpointSetting(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        defer { withExtendedLifetime(fixture) {} }
        let store = fixture.store
        #expect(try store.lrsEndpoint() == nil)
        try store.setLRSEndpoint(.init(url: "https://lrs.example/xAPI", username: "u", password: "p"), at: start)
        try store.setLRSEndpoint(.init(url: "https://lrs2.example/xAPI", username: nil, password: nil), at: start)
        #expect(try store.lrsEndpoint() == .init(url: "https://lrs2.example/xAPI", username: nil, password: nil))
        try store.setLRSEndpoint(nil, at: start)
        #expect(try store.lrsEndpoint() == nil)
    }

    @Test(
        "a new issuer key retires the one in use; keys are never lost; issued credentials are kept once",
        arguments: StoreKind.available)
    func keys(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        defer { withExtendedLifetime(fixture) {} }
        let store = fixture.store
        let first = IssuerKey(
            id: "key-1", privateKey: Data(repeating: 1, count: 32), publicKey: Data(repeating: 2, count: 32),
            createdAt: start)
        try store.addIssuerKey(first)
        #expect(throws: StoreError.self) { try store.addIssuerKey(first) }
        #expect(throws: StoreError.self) {
            try store.addIssuerKey(
                IssuerKey(id: "key-x", privateKey: Data(count: 5), publicKey: Data(count: 32), createdAt: start))
        }
        let later = start.addingTimeInterval(3600)
        try store.addIssuerKey(
            IssuerKey(
                id: "key-2", privateKey: Data(repeating: 3, count: 32), publicKey: Data(repeating: 4, count: 32),
                createdAt: later))
        let keys = try store.issuerKeys()
        #expect(keys.map(\.id) == ["key-1", "key-2"])
        #expect(keys[0].retiredAt == later && keys[1].retiredAt == nil)
        #expect(keys[0].privateKey == Data(repeating: 1, count: 32))

        let team = try store.addTeam(name: "Afvalbeheer", municipality: "Gemeente Vlietdam", size: 7)
        let issued = IssuedCredential(
            id: "urn:uuid:1", teamID: team.id, eventID: 4, badgeID: "eerste-module", keyID: "key-2", issuedAt: later)
        try store.recordIssued(issued)
        try store.recordIssued(
            IssuedCredential(
                id: "urn:uuid:1", teamID: team.id, eventID: 9, badgeID: "x", keyID: "key-2", issuedAt: later))
        #expect(try store.issuedCredentials() == [issued])
    }

    @Test("every accepted path is kept, oldest first", arguments: StoreKind.available)
    func pathHistory(kind: StoreKind) throws {
        let fixture = try StoreFixture(kind)
        defer { withExtendedLifetime(fixture) {} }
        let store = fixture.store
        let team = try store.addTeam(name: "Afvalbeheer", municipality: "Gemeente Vlietdam", size: 7)
        let day = try #require(CalendarDate(iso8601: "2027-01-04"))
        func path(_ weeks: Int) -> AcceptedPath {
            AcceptedPath(steps: [], budgetCents: 100, hoursPerPerson: 10, weeks: weeks, teamSize: 7, start: day)
        }
        try store.acceptPath(teamID: team.id, acceptedAt: start.addingTimeInterval(10), path: path(2))
        try store.acceptPath(teamID: team.id, acceptedAt: start, path: path(1))
        #expect(try store.acceptedPaths(teamID: team.id).map(\.weeks) == [1, 2])
        #expect(try store.latestPath(teamID: team.id)?.weeks == 2)
    }
}
