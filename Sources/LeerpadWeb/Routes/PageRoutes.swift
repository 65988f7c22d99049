import Foundation
import Hummingbird
import LeerpadApp
import LeerpadContent
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
            if let token = context.sessionToken { try? services.leerpad.endSession(token: token) }
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
                    <h2 id="demo-heading">\(l.page(.sampleTeamsHeading))</h2>
                    <p>\(l.page(.sampleTeamsExplanation))</p>
                    <ul>\(links)</ul>
                    </section>
                    """
            }
        }
        let body: HTML = """
            <p>\(l.page(.homeIntroduction))</p>
            <div class="grid">
            <section class="card" aria-labelledby="team-heading">
            <h2 id="team-heading">\(l.page(.forTeams))</h2>
            <form method="get" action="/t" class="stack">
            <label for="code">\(l.page(.teamAccessCode))</label>
            <input type="text" id="code" name="code" autocomplete="off" required maxlength="64">
            <p><button type="submit">\(l.page(.goToTeamPage))</button></p>
            </form>
            </section>
            <section class="card" aria-labelledby="coord-heading">
            <h2 id="coord-heading">\(l.page(.forCoordinators))</h2>
            <p>\(l.page(.coordinatorSummary))</p>
            <p><a class="button" href="/coordinator">\(l.page(.goToDashboard))</a></p>
            </section>
            <section class="card" aria-labelledby="cat-heading">
            <h2 id="cat-heading">\(l.page(.catalogue))</h2>
            <p>\(l.page(.catalogueSummary))</p>
            <p><a class="button" href="/catalogue">\(l.page(.browseCatalogue))</a></p>
            </section>
            \(samples)
            </div>
            """
        return Layout.page(title: l.page(.welcomeToLeerpad), body: body, context: context)
    }

    private func catalogue(_ request: Request, _ context: WebRequestContext) -> Response {
        let l = context.language
        let content = services.content.current
        let query = request.query
        let filter = CatalogueFilter(query: query)
        let modules = filter.apply(to: content.catalogue, model: content.model)
        let formatOptions =
            ([HTML("<option value=\"\">\(l.page(.all))</option>")]
                + ModuleFormat.allCases.map { format in
                    "<option value=\"\(format.rawValue)\"\(HTML(raw: filter.format == format ? " selected" : ""))>\(LocalFormat.format(format, in: l))</option>"
                })
        let subdimensionOptions =
            ([HTML("<option value=\"\">\(l.page(.all))</option>")]
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
            <label for="q">\(l.page(.search))</label> <input type="search" id="q" name="q" value="\(filter.text)" maxlength="100">
            <label for="format">\(l.page(.format))</label> <select id="format" name="format">\(formatOptions)</select>
            <label for="subdimension">\(l.page(.subdimension))</label> <select id="subdimension" name="subdimension">\(subdimensionOptions)</select>
            <button type="submit">\(l.page(.filter))</button>
            </form>
            <p>\(l.page(.moduleCount(shown: modules.count, total: content.catalogue.modules.count)))</p>
            <div class="scroll"><table>
            <caption class="muted">\(l.page(.modulesInCatalogue))</caption>
            <thead><tr><th scope="col">\(l.term(.module))</th><th scope="col">\(l.page(.format))</th><th scope="col" class="num">\(l.page(.hoursPerPersonColumn))</th><th scope="col" class="num">\(l.page(.costPerPersonColumn))</th><th scope="col">\(l.page(.raisesToLevel))</th><th scope="col">\(l.page(.prerequisites))</th><th scope="col" class="num">\(l.page(.runs))</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            """
        return Layout.page(title: l.page(.catalogue), body: body, context: context)
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
            <label for="name">\(l.page(.name))</label>
            <input type="text" id="name" name="name" value="\(name)" autocomplete="username" required maxlength="100">
            <label for="password">\(l.page(.password))</label>
            <input type="password" id="password" name="password" autocomplete="current-password" required maxlength="200">
            <p><button type="submit">\(l.page(.signIn))</button></p>
            </form>
            """
        return Layout.page(
            title: l.page(.signInAsCoordinator), body: body, context: context,
            status: status)
    }

    private func signInPost(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let l = context.language
        let form = try await request.form(context: context)
        let name = String((form["name"] ?? "").trimmingCharacters(in: .whitespaces).prefix(100))
        let password = form["password"] ?? ""
        let account: Account
        switch try await CoordinatorAccess(services: services).signIn(
            name: name, password: password, address: context.remoteAddress)
        {
        case .limited:
            return signIn(context, error: l.message(.tooManyAttemptsTryAgain), name: name, status: .tooManyRequests)
        case .refused:
            return signIn(context, error: l.message(.wrongNameOrPassword), name: name, status: .unauthorized)
        case .success(let found):
            account = found
        }
        let token = try services.leerpad.startSession(for: account)
        var response = Response.redirect(to: "/coordinator", type: .found)
        response.setCookie(
            Cookie(
                name: Cookies.session, value: token, path: "/", secure: context.isSecure, httpOnly: true, sameSite: .lax
            ))
        return response
    }
}
