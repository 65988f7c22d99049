import Foundation
import Hummingbird
import HummingbirdBcrypt
import LeerpadContent
import LeerpadApp
import LeerpadCore
import LeerpadStore

/// Public pages: home, stylesheet, catalogue, team code lookup, coordinator sign-in and out.
struct PageRoutes {
    let services: WebServices

    func register(on router: Router<WebRequestContext>) {
        router.get("/") { _, context in try home(context) }
        router.get("/static/leerpad.css") { _, _ in
            var response = JSONResponse.text(Stylesheet.css, contentType: "text/css; charset=utf-8")
            response.headers[.cacheControl] = "public, max-age=3600"
            return response
        }
        router.get("/health") { _, _ in JSONResponse.make(["status": "ok"]) }
        router.get("/t") { request, context in
            let code = request.query["code"] ?? ""
            let team = try services.leerpad.team(accessCode: code)
            return Response.redirect(to: "/t/\(team.accessCode)", type: .found)
        }
        router.get("/catalogue") { request, context in catalogue(request, context) }
        router.get("/signin") { _, context in signIn(context, error: nil, name: "") }
        router.post("/signin") { request, context in try await signInPost(request, context) }
        router.post("/signout") { request, context in
            _ = try await request.form(context: context)
            if let token = request.cookies[Cookies.session]?.value { await services.sessions.end(token) }
            var response = Response.redirect(to: "/", type: .found)
            response.setCookie(
                Cookie(
                    name: Cookies.session, value: "", maxAge: 0, path: "/", secure: context.isSecure, httpOnly: true,
                    sameSite: .lax))
            return response
        }
    }

    private func home(_ context: WebRequestContext) throws -> Response {
        let l = context.language
        var samples: HTML = .empty
        if services.configuration.showsSampleTeams {
            let teams = try services.leerpad.teams().filter(SampleMunicipality.isSample)
            if !teams.isEmpty {
                let links = teams.map { team -> HTML in "<li><a href=\"/t/\(team.accessCode)\">\(team.name)</a></li>" }
                samples = """
                    <section class="card" aria-labelledby="demo-heading">
                    <h2 id="demo-heading">\(l.pick("Demo: de teams van Vlietdam", "Demo: the teams of Vlietdam"))</h2>
                    <p>\(l.pick("Fictieve voorbeeldteams; hun toegangscodes zijn hier zichtbaar omdat dit een demo is.", "Fictional sample teams; their access codes show here because this is a demo."))</p>
                    <ul>\(links)</ul>
                    </section>
                    """
            }
        }
        let body: HTML = """
            <p>\(l.pick(
                "Leerpad helpt gemeentelijke teams datagedreven te werken: vul de volwassenheidsscan in, zie waar het team staat, volg een leerpad en verdien punten voor echte resultaten.",
                "Leerpad helps municipal teams work data-driven: fill in the maturity scan, see where the team stands, follow a learning path and earn points for real results."))</p>
            <div class="grid">
            <section class="card" aria-labelledby="team-heading">
            <h2 id="team-heading">\(l.pick("Voor teams", "For teams"))</h2>
            <form method="get" action="/t" class="stack">
            <label for="code">\(l.pick("Toegangscode van je team", "Your team's access code"))</label>
            <input type="text" id="code" name="code" autocomplete="off" required maxlength="64">
            <p><button type="submit">\(l.pick("Naar de teampagina", "Go to the team page"))</button></p>
            </form>
            </section>
            <section class="card" aria-labelledby="coord-heading">
            <h2 id="coord-heading">\(l.pick("Voor coördinatoren", "For coordinators"))</h2>
            <p>\(l.pick("Alle teams in een overzicht, de vraag naar cursussen en exports.", "All teams at a glance, course demand and exports."))</p>
            <p><a class="button" href="/coordinator">\(l.pick("Naar het dashboard", "Go to the dashboard"))</a></p>
            </section>
            <section class="card" aria-labelledby="cat-heading">
            <h2 id="cat-heading">\(l.pick("Catalogus", "Catalogue"))</h2>
            <p>\(l.pick("Alle modules met hun vorm, kosten en de subdimensies die ze versterken.", "Every module with its format, cost and the subdimensions it raises."))</p>
            <p><a class="button" href="/catalogue">\(l.pick("Bekijk de catalogus", "Browse the catalogue"))</a></p>
            </section>
            \(samples)
            </div>
            """
        return Layout.page(title: l.pick("Welkom bij Leerpad", "Welcome to Leerpad"), body: body, context: context)
    }

    private func catalogue(_ request: Request, _ context: WebRequestContext) -> Response {
        let l = context.language
        let content = services.content.current
        let query = request.query
        let filter = CatalogueFilter(query: query)
        let modules = filter.apply(to: content.catalogue, model: content.model)
        let formatOptions =
            ([HTML("<option value=\"\">\(l.pick("alle", "all"))</option>")]
                + ModuleFormat.allCases.map { format in
                    "<option value=\"\(format.rawValue)\"\(HTML(raw: filter.format == format ? " selected" : ""))>\(LocalFormat.format(format, in: l))</option>"
                })
        let subdimensionOptions =
            ([HTML("<option value=\"\">\(l.pick("alle", "all"))</option>")]
                + content.model.subdimensions.map { sub in
                    "<option value=\"\(sub.id)\"\(HTML(raw: filter.subdimension == sub.id ? " selected" : ""))>\(sub.number). \(sub.name[l])</option>"
                })
        let rows = modules.map { module -> HTML in
            let raises = module.raises.compactMap { target in
                content.model.subdimension(target.subdimensionID).map {
                    "\($0.number). \($0.name[l]) → \(target.level)"
                }
            }
            .joined(separator: "; ")
            return """
                <tr><td><strong>\(module.title[l])</strong><br><span class="muted">\(module.id) · \(content.catalogue.provider(module.providerID)?.name ?? module.providerID)</span></td>\
                <td>\(LocalFormat.format(module.format, in: l))</td><td class="num">\(LocalFormat.number(module.hoursPerPerson, decimals: 0, in: l))</td>\
                <td class="num">\(LocalFormat.euros(module.costPerPerson, in: l))</td><td>\(raises)</td>\
                <td>\(module.prerequisites.joined(separator: ", "))</td><td class="num">\(module.runs.count)</td></tr>
                """
        }
        let body: HTML = """
            <form method="get" action="/catalogue" class="card">
            <label for="q">\(l.pick("Zoek", "Search"))</label> <input type="search" id="q" name="q" value="\(filter.text)" maxlength="100">
            <label for="format">\(l.pick("Vorm", "Format"))</label> <select id="format" name="format">\(formatOptions)</select>
            <label for="subdimension">\(l.pick("Subdimensie", "Subdimension"))</label> <select id="subdimension" name="subdimension">\(subdimensionOptions)</select>
            <button type="submit">\(l.pick("Filter", "Filter"))</button>
            </form>
            <p>\(l.pick("\(modules.count) van \(content.catalogue.modules.count) modules", "\(modules.count) of \(content.catalogue.modules.count) modules"))</p>
            <div class="scroll"><table>
            <caption class="muted">\(l.pick("Modules in de catalogus", "Modules in the catalogue"))</caption>
            <thead><tr><th scope="col">Module</th><th scope="col">\(l.pick("Vorm", "Format"))</th><th scope="col" class="num">\(l.pick("Uren p.p.", "Hours pp"))</th><th scope="col" class="num">\(l.pick("Kosten p.p.", "Cost pp"))</th><th scope="col">\(l.pick("Versterkt (→ niveau)", "Raises (→ level)"))</th><th scope="col">\(l.pick("Voorkennis", "Prerequisites"))</th><th scope="col" class="num">\(l.pick("Uitvoeringen", "Runs"))</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
        return Layout.page(title: l.pick("Catalogus", "Catalogue"), body: body, context: context)
    }

    private func signIn(_ context: WebRequestContext, error: String?, name: String, status: HTTPResponse.Status = .ok)
        -> Response
    {
        let l = context.language
        let message: HTML =
            error.map { "<div class=\"error\" role=\"alert\" id=\"signin-error\"><p>\($0)</p></div>" } ?? .empty
        let body: HTML = """
            \(message)
            <form method="post" action="/signin" class="stack card">
            \(CSRF.field(context))
            <label for="name">\(l.pick("Naam", "Name"))</label>
            <input type="text" id="name" name="name" value="\(name)" autocomplete="username" required maxlength="100">
            <label for="password">\(l.pick("Wachtwoord", "Password"))</label>
            <input type="password" id="password" name="password" autocomplete="current-password" required maxlength="200">
            <p><button type="submit">\(l.pick("Aanmelden", "Sign in"))</button></p>
            </form>
            """
        return Layout.page(
            title: l.pick("Aanmelden als coördinator", "Sign in as coordinator"), body: body, context: context,
            status: status)
    }

    private func signInPost(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let l = context.language
        let form = try await request.form(context: context)
        let name = String((form["name"] ?? "").trimmingCharacters(in: .whitespaces).prefix(100))
        let password = form["password"] ?? ""
        let limitKey = "\(context.remoteAddress)|\(name.lowercased())"
        guard await services.signInLimiter.allow(limitKey) else {
            return signIn(
                context,
                error: l.pick(
                    "Te veel pogingen. Wacht een minuut en probeer het opnieuw.",
                    "Too many attempts. Wait a minute and try again."),
                name: name, status: .tooManyRequests)
        }
        let configuration = services.configuration
        let nameMatches = name.caseInsensitiveCompare(configuration.coordinatorName) == .orderedSame
        // Always verify, so that a wrong name takes as long as a wrong password.
        let passwordMatches =
            password.utf8.count <= 72 && Bcrypt.verify(password, hash: configuration.coordinatorPasswordHash)
        guard nameMatches, passwordMatches else {
            await services.signInLimiter.fail(limitKey)
            return signIn(
                context, error: l.pick("Naam of wachtwoord klopt niet.", "Name or password is wrong."), name: name,
                status: .unauthorized)
        }
        let token = await services.sessions.start(name: configuration.coordinatorName)
        var response = Response.redirect(to: "/coordinator", type: .found)
        response.setCookie(
            Cookie(
                name: Cookies.session, value: token, path: "/", secure: context.isSecure, httpOnly: true, sameSite: .lax
            ))
        return response
    }
}

/// The catalogue browser's filters: format, subdimension and free text.
struct CatalogueFilter {
    var format: ModuleFormat?
    var subdimension: String?
    var text: String

    init(query: FormData) {
        format = query["format"].flatMap(ModuleFormat.init(rawValue:))
        subdimension = query["subdimension"].flatMap { $0.isEmpty ? nil : $0 }
        text = String((query["q"] ?? "").prefix(100))
    }

    func apply(to catalogue: Catalogue, model: MaturityModel) -> [TrainingModule] {
        let needle = text.trimmingCharacters(in: .whitespaces).lowercased()
        return catalogue.modules.filter { module in
            (format == nil || module.format == format)
                && (subdimension == nil || module.raises.contains { $0.subdimensionID == subdimension })
                && (needle.isEmpty
                    || [
                        module.id, module.title.dutch, module.title.english, module.description.dutch,
                        module.description.english,
                    ]
                    .contains { $0.lowercased().contains(needle) })
        }
    }
}
