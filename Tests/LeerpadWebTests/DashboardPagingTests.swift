import Foundation
import LeerpadApp
import LeerpadStore
import Testing

/// The coordinator's dashboard across many municipalities: filtered by municipality and paged, so
/// that it stays readable and fast at national scale.
@Suite("The dashboard, filtered and paged")
struct DashboardPagingTests {
    @Test("an admin sees 50 teams a page with a pager and a municipality filter; demand waits for a filter")
    func pagedAcrossMunicipalities() async throws {
        let fixture = try WebFixture(seed: false)
        for index in 0..<501 {
            let municipality = index < 2 ? "Aadorp" : "Gemeente \(index % 3)"
            _ = try fixture.store.addTeam(
                name: String(format: "Team %03d", index), municipality: municipality, size: 5)
        }
        try await fixture.run { agent in
            try await agent.signIn()
            let first = try await agent.get("/coordinator")
            #expect(first.status == .ok)
            #expect(first.text.contains("Teams 1–50 van 501, pagina 1 van 11"))
            #expect(first.text.components(separatedBy: "<th scope=\"row\">").count - 1 == 50)
            #expect(first.text.contains("id=\"demand-elsewhere\""))
            #expect(first.text.contains("<option value=\"Aadorp\">Aadorp (2 teams)</option>"))
            #expect(first.text.contains("rel=\"next\""))
            let last = try await agent.get("/coordinator?pagina=99")
            #expect(last.text.contains("Teams 501–501 van 501, pagina 11 van 11"))
            #expect(last.text.contains("Team 500"))
            let filtered = try await agent.get("/coordinator?gemeente=Aadorp")
            #expect(filtered.text.contains("Team 000") && filtered.text.contains("Team 001"))
            #expect(!filtered.text.contains("Team 002"))
            #expect(!filtered.text.contains("id=\"pager\""))
            #expect(!filtered.text.contains("id=\"demand-elsewhere\""))
            #expect(filtered.text.contains("<option value=\"Aadorp\" selected>"))
        }
    }

    @Test("an hr account's dashboard holds only its municipality, however many others there are")
    func hrScope() async throws {
        let fixture = try WebFixture(seed: false)
        for index in 0..<60 {
            _ = try fixture.store.addTeam(name: "Team \(index)", municipality: "Gemeente \(index % 2)", size: 5)
        }
        _ = try fixture.leerpad().addAccount(
            name: "hr0", role: .hr, municipality: "Gemeente 0", password: WebFixture.password)
        try await fixture.run { agent in
            try await agent.signIn(as: "hr0")
            let page = try await agent.get("/coordinator")
            #expect(page.status == .ok)
            #expect(!page.text.contains("Team 1<"))
            #expect(page.text.contains("Team 0<"))
            #expect(!page.text.contains("id=\"team-filter\""))
            #expect(!page.text.contains("id=\"pager\""))
            // Asking for another municipality shows nothing of it.
            let other = try await agent.get("/coordinator?gemeente=Gemeente%201")
            #expect(other.status == .ok)
            #expect(!other.text.contains("Team 1<") && !other.text.contains("Team 0<"))
        }
    }
}
