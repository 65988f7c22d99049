import Foundation
import LeerpadCore
import LeerpadExport
import Testing

@Suite("xAPI and Open Badges exports")
struct ExportTests {
    @Test("CSV cells defuse formulas and quote separators")
    func csvCells() {
        #expect(SpreadsheetCSV.cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(SpreadsheetCSV.cell("-1,5") == "'-1,5")
        #expect(SpreadsheetCSV.cell("-3") == "-3")
        #expect(SpreadsheetCSV.cell("a;b") == "\"a;b\"")
    }

    let team = ExportTeam(id: 7, name: "Afvalbeheer", municipality: "Gemeente Vlietdam")
    let at = Date(timeIntervalSince1970: 1_799_020_800.25)
    var events: [ProgressEvent] {
        [
            ProgressEvent(id: 1, activity: .started(moduleID: "privacy-intro"), occurredAt: at),
            ProgressEvent(
                id: 2, activity: .completed(moduleID: "privacy-intro", score: 0.8),
                occurredAt: at.addingTimeInterval(86_400)),
            ProgressEvent(
                id: 3, activity: .triedUseCase("waste-routes"), occurredAt: at.addingTimeInterval(2 * 86_400)),
            ProgressEvent(id: 4, activity: .assessed(assessmentID: 12), occurredAt: at.addingTimeInterval(3 * 86_400)),
            ProgressEvent(
                id: 5, activity: .correction(revokedEventID: 3, note: "dubbel"),
                occurredAt: at.addingTimeInterval(4 * 86_400)),
        ]
    }

    func json(_ value: some Encodable) throws -> Any {
        try JSONSerialization.jsonObject(with: JSONEncoder().encode(value))
    }

    @Test("statements follow the xAPI rules, with ADL verbs and the team as an identified Group")
    func xapi() throws {
        let exporter = XAPIExporter(baseURL: "https://leerpad.example/")
        let statements = exporter.statements(
            team: team, events: events, badges: [EarnedBadge(badgeID: "eerste-module", earnedAt: at, eventID: 2)],
            badgeNames: ["eerste-module": LocalizedText(dutch: "Eerste stap", english: "First step")],
            moduleTitles: ["privacy-intro": LocalizedText(dutch: "AVG-basis", english: "GDPR basics")],
            useCaseTitles: [:])
        let objects = try #require(try json(statements) as? [[String: Any]])
        #expect(objects.count == 6)
        for object in objects {
            #expect(XAPIValidator.problems(object).isEmpty, "\(XAPIValidator.problems(object)): \(object)")
        }
        #expect(
            statements.map(\.verb.id) == [
                "http://adlnet.gov/expapi/verbs/attempted", "http://adlnet.gov/expapi/verbs/completed",
                "http://id.tincanapi.com/verb/earned", "http://adlnet.gov/expapi/verbs/experienced",
                "http://adlnet.gov/expapi/verbs/completed", "http://adlnet.gov/expapi/verbs/voided",
            ])
        #expect(statements[1].result?.score?.scaled == 0.8)
        #expect(statements[0].actor.account.homePage == "https://leerpad.example/teams")
        #expect(statements[0].timestamp == "2027-01-04T00:00:00.250Z")
        // The voiding statement points at the statement of the revoked event.
        #expect(statements[5].object.id == statements[3].id)
        // Ids are stable across exports and unique.
        #expect(Set(statements.map(\.id)).count == statements.count)
        #expect(
            exporter.statements(
                team: team, events: events, badges: [], badgeNames: [:], moduleTitles: [:], useCaseTitles: [:]
            )
            .map(\.id) == statements.filter { $0.verb.id != "http://id.tincanapi.com/verb/earned" }.map(\.id))
    }

    @Test("the validator itself rejects broken statements")
    func validatorCatchesProblems() {
        let broken: [String: Any] = [
            "id": "not-a-uuid", "timestamp": "04-01-2027",
            "actor": ["objectType": "Group", "name": "x"],
            "verb": ["id": "completed"], "object": ["id": "no iri"],
        ]
        #expect(XAPIValidator.problems(broken).count == 5)
    }

    @Test("badges are OpenBadgeCredentials with the required OB 3.0 fields, issued by the installation's did:web")
    func badges() throws {
        let definitions = [
            BadgeDefinition(
                id: "kennis-compleet", name: LocalizedText(dutch: "Kennis op orde", english: "Knowledge covered"),
                description: LocalizedText(dutch: "Alle modules…", english: "Every module…"),
                criterion: .dimensionPathComplete(dimensionID: "first"))
        ]
        let issued = BadgeExporter(issuer: BadgeIssuer(name: "Leerpad Vlietdam", baseURL: "https://leerpad.example"))
            .credentials(
                team: team, earned: [EarnedBadge(badgeID: "kennis-compleet", earnedAt: at, eventID: 2)],
                definitions: definitions,
                model: ModelFixtureForExport.model, language: .dutch)
        let first = try #require(issued.first?.credential)
        let credential = try #require(try json(first) as? [String: Any])
        #expect(
            credential["@context"] as? [String] == [
                "https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
            ])
        #expect(credential["type"] as? [String] == ["VerifiableCredential", "OpenBadgeCredential"])
        #expect((credential["id"] as? String)?.hasPrefix("urn:uuid:") == true)
        #expect(credential["validFrom"] as? String == "2027-01-04T00:00:00.250Z")
        let issuer = try #require(credential["issuer"] as? [String: Any])
        #expect(issuer["type"] as? [String] == ["Profile"])
        #expect(issuer["id"] as? String == "did:web:leerpad.example")
        #expect(issuer["name"] as? String == "Leerpad Vlietdam")
        let status = try #require(credential["credentialStatus"] as? [String: Any])
        #expect(status["type"] as? String == "1EdTechRevocationList")
        #expect(status["id"] as? String == "https://leerpad.example/badges/status")
        let subject = try #require(credential["credentialSubject"] as? [String: Any])
        #expect(subject["type"] as? [String] == ["AchievementSubject"])
        let achievement = try #require(subject["achievement"] as? [String: Any])
        #expect(achievement["type"] as? [String] == ["Achievement"])
        #expect(achievement["name"] as? String == "Kennis op orde")
        #expect((achievement["criteria"] as? [String: Any])?["narrative"] is String)
        let alignment = try #require((achievement["alignment"] as? [[String: Any]])?.first)
        #expect(alignment["targetCode"] as? String == "first")
        #expect(
            alignment["targetFramework"] is String && alignment["targetName"] is String
                && alignment["targetUrl"] is String)
    }
}

/// A two-dimension model for the alignment of dimension badges.
enum ModelFixtureForExport {
    static let model = MaturityModel(
        version: "t", title: LocalizedText(dutch: "Ontwikkelmodel", english: "Model"),
        provenance: LocalizedText(dutch: "", english: ""),
        disagreementSpread: 1,
        levels: [
            MaturityLevel(
                number: 1, minimumScore: 1, name: LocalizedText(dutch: "", english: ""),
                description: LocalizedText(dutch: "", english: ""))
        ],
        dimensions: [
            Dimension(
                id: "first", code: "A", status: .verified, name: LocalizedText(dutch: "Eerste", english: "First"),
                description: LocalizedText(dutch: "", english: ""), subdimensionIDs: [])
        ],
        subdimensions: [], questionnaires: [])
}
