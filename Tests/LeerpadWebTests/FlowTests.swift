import Foundation
import HTTPTypes
import LeerpadApp
import LeerpadCore
import Testing

@testable import LeerpadWeb

@Suite("Flows")
struct FlowTests {
    @Test(
        "a respondent answers the quickscan page by page (one per dimension); a missing answer is explained next to its field"
    )
    func quickscan() async throws {
        let fixture = try WebFixture()
        let team = fixture.teams["Sociaal Domein"]!
        let before = try fixture.store.assessments(teamID: team.id).count
        let round = try fixture.leerpad().openRound(for: team, instrument: "quickscan")
        let model = fixture.content.model
        let quickscan = try #require(model.questionnaires.first { $0.id == "quickscan" })
        let pages = QuestionnaireSteps(quickscan, model: model).pages
        #expect(pages.count == 4)
        try await fixture.run { agent in
            let scan = try await agent.get("/t/\(team.accessCode)/scan")
            #expect(scan.status == .found)
            #expect(scan.headers[.location] == "/r/\(round.token)")
            let start = try await agent.get("/r/\(round.token)")
            #expect(start.text.contains("0 van 6 ingevuld"))
            let qr = try await agent.get("/r/\(round.token)/qr.svg")
            #expect(qr.status == .ok)
            #expect(qr.headers[.contentType] == "image/svg+xml; charset=utf-8")
            #expect(XMLCheck.elements(qr.text)?.contains("path") == true)
            #expect(qr.text.contains("aria-label=\"QR-code van de scanlink van team Sociaal Domein\""))
            let begun = try await agent.post("/r/\(round.token)", [("role", "beleid")])
            #expect(begun.status == .seeOther)
            #expect(agent.cookies["leerpad_response_\(round.id)"] != nil)
            let first = try await agent.get("/r/\(round.token)/1")
            #expect(first.status == .ok)
            #expect(first.text.contains("Deel 1 van 4"))
            let firstID = pages[0].statements[0].id
            let missing = try await agent.post("/r/\(round.token)/1", [("action", "next")])
            #expect(missing.status == .badRequest)
            #expect(missing.text.contains("id=\"\(firstID)-error\""))
            #expect(missing.text.contains("Kies een antwoord van 1 tot 5"))
            let invalid = try await agent.post("/r/\(round.token)/1", [(firstID, "8"), ("action", "next")])
            #expect(invalid.status == .badRequest)
            #expect(invalid.text.contains("‘8’ is geen geldig antwoord"))
            for (index, page) in pages.enumerated() {
                let answers = page.statements.map { statement in
                    (statement.id, statement.id == "q04" ? "x" : "2")
                }
                let saved = try await agent.post("/r/\(round.token)/\(index + 1)", answers + [("action", "next")])
                #expect(saved.status == .seeOther)
            }
            // The draft survives: going back shows the answer chosen.
            let back = try await agent.get("/r/\(round.token)/1")
            #expect(back.text.contains("id=\"\(firstID)-2\" name=\"\(firstID)\" value=\"2\" checked"))
            let review = try await agent.get("/r/\(round.token)/review")
            #expect(review.text.contains("17 van 17"))
            let thanks = try await agent.post("/r/\(round.token)/submit", [])
            #expect(thanks.status == .ok)
            #expect(thanks.text.contains("id=\"thanks\""))
            #expect(thanks.text.contains("1 van 6 ingevuld"))
            // Submitted once: no second submission, no change, and no scores shown to anyone yet.
            #expect(try await agent.post("/r/\(round.token)/submit", []).status == .conflict)
            #expect(try await agent.post("/r/\(round.token)/1", [(firstID, "5")]).status == .conflict)
            #expect(!thanks.text.contains("id=\"scores\""))
            let again = try await agent.get("/r/\(round.token)")
            #expect(again.text.contains("id=\"thanks\""))
        }
        #expect(try fixture.store.assessments(teamID: team.id).count == before)
        let responses = try fixture.store.responses(roundID: round.id)
        #expect(responses.count == 1)
        #expect(responses[0].submittedAt != nil)
        #expect(responses[0].answers["q04"] == .dontKnow)
        #expect(responses[0].role == "beleid")
    }

    @Test("submitting an incomplete questionnaire goes back to the review, which links the missing page")
    func incompleteSubmit() async throws {
        let fixture = try WebFixture()
        let team = fixture.teams["Sociaal Domein"]!
        let round = try fixture.leerpad().openRound(for: team, instrument: "quickscan")
        try await fixture.run { agent in
            try await agent.get("/r/\(round.token)")
            try await agent.post("/r/\(round.token)", [("role", "")])
            let page = try await agent.post("/r/\(round.token)/submit", [])
            #expect(page.status == .seeOther)
            let review = try await agent.get("/r/\(round.token)/review")
            #expect(review.text.contains("/r/\(round.token)/1"))
            #expect(review.text.contains("disabled"))
        }
    }

    @Test("without an open round the team's scan says so; a closed round's link takes no answers")
    func noOpenRound() async throws {
        let fixture = try WebFixture()
        let team = fixture.teams["Sociaal Domein"]!
        let leerpad = fixture.leerpad()
        let round = try leerpad.openRound(for: team, instrument: "quickscan")
        try leerpad.cancelRound(round)
        try await fixture.run { agent in
            let scan = try await agent.get("/t/\(team.accessCode)/scan")
            #expect(scan.status == .ok)
            #expect(scan.text.contains("id=\"no-round\""))
            #expect(try await agent.get("/r/\(round.token)").status == .conflict)
            #expect(try await agent.get("/r/onbekend-token").status == .notFound)
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
