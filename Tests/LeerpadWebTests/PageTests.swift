import Foundation
import HTTPTypes
import LeerpadWeb
import Testing

@Suite("Pages")
struct PageTests {
    @Test("the home page is Dutch by default and links every area")
    func home() async throws {
        let fixture = try WebFixture()
        try await fixture.run { agent in
            let page = try await agent.get("/")
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/html; charset=utf-8")
            #expect(page.text.contains("<html lang=\"nl\">"))
            #expect(page.text.contains("Welkom bij Leerpad"))
            #expect(page.text.contains("<label for=\"code\">"))
            #expect(page.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
            #expect(
                page.setCookies.contains {
                    $0.hasPrefix("leerpad_csrf=") && $0.contains("HttpOnly") && $0.contains("SameSite=Lax")
                })
        }
    }

    @Test("a demo's home page links the sample teams; otherwise no access code shows")
    func sampleTeams() async throws {
        let demo = try WebFixture(showsSampleTeams: true)
        try await demo.run { agent in
            let page = try await agent.get("/")
            for team in demo.teams.values { #expect(page.text.contains("href=\"/t/\(team.accessCode)\"")) }
        }
        let real = try WebFixture()
        try await real.run { agent in
            let page = try await agent.get("/")
            for team in real.teams.values { #expect(!page.text.contains(team.accessCode)) }
        }
    }

    @Test("English through ?lang=en (remembered in a cookie) and through Accept-Language")
    func english() async throws {
        let fixture = try WebFixture()
        try await fixture.run { agent in
            let switched = try await agent.get("/?lang=en")
            #expect(switched.text.contains("<html lang=\"en\">"))
            #expect(switched.text.contains("Welcome to Leerpad"))
            #expect(agent.cookies["lang"] == "en")
            let remembered = try await agent.get("/catalogue")
            #expect(remembered.text.contains("<html lang=\"en\">"))
        }
        try await fixture.run { agent in
            let page = try await agent.get("/", headers: [.acceptLanguage: "en-GB,en;q=0.9,nl;q=0.5"])
            #expect(page.text.contains("Welcome to Leerpad"))
        }
    }

    @Test("the team page has a well-formed radar chart, the path by levels, XP and the leaderboard")
    func teamPage() async throws {
        let fixture = try WebFixture()
        let code = fixture.code("Afvalbeheer")
        try await fixture.run { agent in
            let page = try await agent.get("/t/\(code)")
            #expect(page.status == .ok)
            let svgs = XMLCheck.svgs(in: page.text)
            #expect(svgs.count == 1)
            let elements = try #require(XMLCheck.elements(svgs[0]))
            // 5 rings + current + previous polygons; one axis line and label per subdimension.
            #expect(elements.filter { $0 == "polygon" }.count == 7)
            #expect(elements.filter { $0 == "line" }.count == 17)
            #expect(page.text.contains("id=\"xp-total\""))
            #expect(page.text.contains("data-status=\"done\""))
            #expect(page.text.contains("data-status=\"next\"") || page.text.contains("data-status=\"in-progress\""))
            #expect(page.text.contains("class=\"me\""))
            #expect(page.text.contains("Badges"))
        }
    }

    @Test("a lower-case access code and the code form both reach the team page")
    func codeForm() async throws {
        let fixture = try WebFixture()
        let code = fixture.code("Sociaal Domein")
        try await fixture.run { agent in
            let redirect = try await agent.get("/t?code=\(code.lowercased())")
            #expect(redirect.status == .found)
            #expect(redirect.headers[.location] == "/t/\(code)")
            #expect(try await agent.get("/t/\(code.lowercased())").status == .ok)
        }
    }

    @Test("the catalogue filters by format, subdimension and text")
    func catalogue() async throws {
        let fixture = try WebFixture()
        let all = fixture.content.catalogue.modules.count
        let eLearning = fixture.content.catalogue.modules.filter { $0.format == .eLearning }.count
        try await fixture.run { agent in
            let page = try await agent.get("/catalogue")
            #expect(page.text.contains("\(all) van \(all) modules"))
            let filtered = try await agent.get("/catalogue?format=e-learning")
            #expect(filtered.text.contains("\(eLearning) van \(all) modules"))
            let none = try await agent.get("/catalogue?q=%3Cscript%3Ezzzz")
            #expect(none.text.contains("0 van \(all) modules"))
            #expect(!none.text.contains("<script>"))
            #expect(none.text.contains("&lt;script&gt;zzzz"))
        }
    }

    @Test("the plan page plans within the constraints and accepting it stores the path")
    func plan() async throws {
        let fixture = try WebFixture()
        let team = fixture.teams["Informatievoorziening"]!
        try await fixture.run { agent in
            let form = try await agent.get("/t/\(team.accessCode)/plan")
            #expect(form.status == .ok)
            #expect(form.text.contains("<label for=\"budget\">"))
            let bad = try await agent.get(
                "/t/\(team.accessCode)/plan?budget=veel&hours=60&weeks=0&teamSize=5&start=2027-01-04")
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("id=\"budget-error\""))
            #expect(bad.text.contains("id=\"weeks-error\""))
            let query = "budget=9000&hours=40&weeks=52&teamSize=5&start=2027-01-04"
            let planned = try await agent.get("/t/\(team.accessCode)/plan?\(query)")
            #expect(planned.status == .ok)
            #expect(planned.text.contains("id=\"plan-result\""))
            let accepted = try await agent.post(
                "/t/\(team.accessCode)/plan",
                [("budget", "9000"), ("hours", "40"), ("weeks", "52"), ("teamSize", "5"), ("start", "2027-01-04")])
            #expect(accepted.status == .seeOther)
            let path = try #require(try fixture.store.latestPath(teamID: team.id))
            #expect(path.budgetCents == 900_000)
            #expect(path.start.description == "2027-01-04")
        }
    }

    @Test("unknown pages are a readable 404 page, never a stack trace")
    func notFound() async throws {
        let fixture = try WebFixture()
        try await fixture.run { agent in
            let page = try await agent.get("/no/such/page")
            #expect(page.status == .notFound)
            #expect(page.text.contains("Deze pagina bestaat niet."))
            let team = try await agent.get("/t/NOSUCHCODE")
            #expect(team.status == .notFound)
            #expect(team.text.contains("Geen team heeft deze toegangscode."))
        }
    }

    @Test("the stylesheet is served as CSS")
    func stylesheet() async throws {
        let fixture = try WebFixture(seed: false)
        try await fixture.run { agent in
            let page = try await agent.get("/static/leerpad.css")
            #expect(page.status == .ok)
            #expect(page.headers[.contentType] == "text/css; charset=utf-8")
            #expect(page.text.contains("@media"))
        }
    }

    @Test("the HTML builder escapes every interpolated string")
    func escaping() {
        let name = "<img src=x onerror=\"alert('x')\">&"
        let html: HTML = "<p title=\"\(name)\">\(name)</p>"
        #expect(
            html.markup
                == "<p title=\"&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;\">&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt;&amp;</p>"
        )
    }
}
