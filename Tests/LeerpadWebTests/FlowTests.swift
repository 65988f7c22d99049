import Foundation
import HTTPTypes
import LeerpadCore
import LeerpadWeb
import Testing

@Suite("Flows")
struct FlowTests {
    @Test("a team fills in the quickscan step by step; a missing answer is explained next to its field")
    func quickscan() async throws {
        let fixture = try WebFixture()
        let team = fixture.teams["Sociaal Domein"]!
        let quickscan = try #require(fixture.content.model.questionnaires.first { $0.id == "quickscan" })
        try await fixture.run { agent in
            let first = try await agent.get("/t/\(team.accessCode)/scan/quickscan/1")
            #expect(first.status == .ok)
            #expect(first.text.contains("Stap 1 van 17"))
            let missing = try await agent.post("/t/\(team.accessCode)/scan/quickscan/1", [("action", "next")])
            #expect(missing.status == .badRequest)
            #expect(missing.text.contains("id=\"q01-error\""))
            #expect(missing.text.contains("Kies een antwoord van 1 tot 5"))
            let invalid = try await agent.post(
                "/t/\(team.accessCode)/scan/quickscan/1", [("q01", "8"), ("action", "next")])
            #expect(invalid.status == .badRequest)
            #expect(invalid.text.contains("‘8’ is geen geldig antwoord"))
            for (index, statement) in quickscan.statements.enumerated() {
                let answer = index == 3 ? "x" : String(index % 5 + 1)
                let page = try await agent.post(
                    "/t/\(team.accessCode)/scan/quickscan/\(index + 1)", [(statement.id, answer), ("action", "next")])
                #expect(page.status == .seeOther)
            }
            // The draft survives: going back shows the answer chosen.
            let back = try await agent.get("/t/\(team.accessCode)/scan/quickscan/2")
            #expect(back.text.contains("id=\"q02-2\" name=\"q02\" value=\"2\" checked"))
            let review = try await agent.get("/t/\(team.accessCode)/scan/quickscan/submit")
            #expect(review.text.contains("17 van 17"))
            let result = try await agent.post("/t/\(team.accessCode)/scan/quickscan/submit", [("role", "teamleider")])
            #expect(result.status == .ok)
            #expect(result.text.contains("id=\"scores\""))
            #expect(result.text.contains("id=\"recommendations\""))
            #expect(agent.cookies["leerpad_draft_\(team.id)"] == nil)
        }
        let stored = try fixture.store.assessments(teamID: team.id)
        #expect(stored.count == 2)
        #expect(stored.last?.responses.first?.answers["q04"] == .dontKnow)
        #expect(stored.last?.responses.first?.role == "teamleider")
    }

    @Test("submitting an incomplete questionnaire is refused with a link to the missing step")
    func incompleteSubmit() async throws {
        let fixture = try WebFixture()
        let code = fixture.code("Sociaal Domein")
        try await fixture.run { agent in
            try await agent.get("/t/\(code)/scan")
            let page = try await agent.post("/t/\(code)/scan/quickscan/submit", [])
            #expect(page.status == .badRequest)
            #expect(page.text.contains("/t/\(code)/scan/quickscan/1"))
        }
    }

    @Test("the dashboard shows the heat map, demand and exports; recording progress raises XP")
    func dashboard() async throws {
        let fixture = try WebFixture()
        let team = fixture.teams["Afvalbeheer"]!
        try await fixture.run { agent in
            try await agent.signIn()
            let page = try await agent.get("/coordinator")
            #expect(page.status == .ok)
            #expect(page.text.contains("id=\"heatmap\""))
            #expect(page.text.contains("id=\"demand\""))
            for name in fixture.teams.keys { #expect(page.text.contains(name)) }
            #expect(page.text.contains("class=\"up\"") || page.text.contains("class=\"down\""))
            let before = try await agent.get("/api/teams/\(team.accessCode)/progress").json()["xp"] as? Int ?? 0
            let module = try #require(try fixture.store.latestPath(teamID: team.id)?.steps.last?.moduleID)
            let recorded = try await agent.post(
                "/coordinator/progress",
                [("team", team.accessCode), ("activity", "completed"), ("item", "module:\(module)"), ("score", "0,9")])
            #expect(recorded.status == .seeOther)
            let after = try await agent.get("/api/teams/\(team.accessCode)/progress").json()["xp"] as? Int ?? 0
            #expect(after > before)
            let bad = try await agent.post(
                "/coordinator/progress",
                [("team", team.accessCode), ("activity", "completed"), ("item", "module:x"), ("score", "2")])
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("id=\"item-error\""))
            #expect(bad.text.contains("id=\"score-error\""))
        }
    }

    @Test(
        "exports: CSV for Excel, xAPI, badges and iCalendar",
        arguments: [
            ("csv", "text/csv; charset=utf-8"), ("xapi", "application/json; charset=utf-8"),
            ("badges", "application/json; charset=utf-8"), ("ics", "text/calendar; charset=utf-8"),
        ])
    func exports(kind: String, type: String) async throws {
        let fixture = try WebFixture()
        try await fixture.run { agent in
            try await agent.signIn()
            let page = try await agent.get("/coordinator/export/\(kind)")
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == type)
            switch kind {
            case "csv": #expect(page.text.hasPrefix("\u{FEFF}team;gemeente;omvang;xp;"))
            case "ics":
                #expect(page.text.hasPrefix("BEGIN:VCALENDAR\r\n"))
                #expect(page.text.contains("BEGIN:VEVENT"))
            default: #expect(try JSONSerialization.jsonObject(with: Data(page.text.utf8)) is [Any])
            }
        }
    }

    @Test("a catalogue upload is checked: errors with line numbers, a valid file replaces the catalogue")
    func catalogueUpload() async throws {
        let fixture = try WebFixture()
        let valid = try String(contentsOfFile: "Content/catalogue.xml", encoding: .utf8)
        try await fixture.run { agent in
            try await agent.signIn()
            #expect(try await agent.get("/coordinator/catalogue").status == .ok)
            func upload(_ xml: String, csrf: String) async throws -> Page {
                let boundary = "----leerpadtest"
                let body = """
                    --\(boundary)\r
                    Content-Disposition: form-data; name="csrf"\r
                    \r
                    \(csrf)\r
                    --\(boundary)\r
                    Content-Disposition: form-data; name="catalogue"; filename="mine.xml"\r
                    Content-Type: application/xml\r
                    \r
                    \(xml)\r
                    --\(boundary)--\r

                    """
                return try await agent.send(
                    "/coordinator/catalogue", method: .post,
                    headers: [.contentType: "multipart/form-data; boundary=\(boundary)"], body: body)
            }
            let broken = try await upload(
                "<catalogue xmlns=\"urn:leerpad:catalogue:1\">\n<module id=\"x\">\n</catalogue>", csrf: agent.csrf)
            #expect(broken.status == .unprocessableContent)
            #expect(broken.text.contains("mine.xml:3:"))
            let entity = try await upload(
                "<?xml version=\"1.0\"?>\n<!DOCTYPE c [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<catalogue>&x;</catalogue>",
                csrf: agent.csrf)
            #expect(entity.status == .unprocessableContent)
            #expect(!entity.text.contains("root:"))
            let forged = try await upload(valid, csrf: "")
            #expect(forged.status == .forbidden)
            let accepted = try await upload(valid, csrf: agent.csrf)
            #expect(accepted.status == .ok)
            #expect(accepted.text.contains("\(fixture.content.catalogue.modules.count) modules"))
        }
    }
}

@Suite("Catalogue uploads and the rules in use")
struct CatalogueUploadRulesTests {
    @Test("a catalogue that drops a module the rules recommend is refused, naming the rule and the module")
    func droppedModuleRefused() async throws {
        let fixture = try WebFixture()
        let content = fixture.content
        let prerequisites = Set(content.catalogue.modules.flatMap(\.prerequisites))
        let dropped = try #require(
            content.rules.flatMap(\.moduleIDs).first { !prerequisites.contains($0) })
        let full = try String(contentsOfFile: "Content/catalogue.xml", encoding: .utf8)
        let start = try #require(full.range(of: "<module id=\"\(dropped)\""))
        let end = try #require(full.range(of: "</module>", range: start.upperBound..<full.endIndex))
        let xml = full.replacingCharacters(in: start.lowerBound..<end.upperBound, with: "")
        try await fixture.run { agent in
            try await agent.signIn()
            _ = try await agent.get("/coordinator/catalogue")
            let boundary = "----leerpadtest"
            let body =
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(agent.csrf)\r\n--\(boundary)\r\n"
                + "Content-Disposition: form-data; name=\"catalogue\"; filename=\"smaller.xml\"\r\n"
                + "Content-Type: application/xml\r\n\r\n\(xml)\r\n--\(boundary)--\r\n"
            let page = try await agent.send(
                "/coordinator/catalogue", method: .post,
                headers: [.contentType: "multipart/form-data; boundary=\(boundary)"], body: body)
            #expect(page.status == .unprocessableContent)
            #expect(
                page.text.contains("recommends module &#39;\(dropped)&#39;, which this catalogue lacks"), "\(page.text)"
            )
            let catalogue = try await agent.get("/api/catalogue").jsonArray()
            #expect(catalogue.contains { $0["id"] as? String == dropped })
        }
    }
}
