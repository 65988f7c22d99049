import Foundation
import Hummingbird
import LeerpadApp
import LeerpadCore
import LeerpadExport
import LeerpadStore

/// The standards the installation speaks to the outside: its did:web document and revocation
/// list (public), badge verification (public, read-only), a team's calendar feed (by access
/// code, like the team's pages) and the LRS setting (an admin's: it sends every municipality's
/// statements).
struct StandardsRoutes {
    let services: WebServices
    var access: CoordinatorAccess { CoordinatorAccess(services: services) }

    func register(on router: Router<WebRequestContext>) {
        router.get("/.well-known/did.json") { _, _ in
            JSONResponse.make(try services.leerpad.didDocument(of: services.issuer))
        }
        router.get("/badges/status") { _, _ in
            JSONResponse.make(try services.leerpad.revocationList(of: services.issuer))
        }
        router.post("/api/badges/verify") { request, context in try await verify(request, context) }
        router.get("/t/:code/agenda.ics") { _, context in
            let leerpad = services.leerpad
            let team = try leerpad.team(accessCode: context.accessCode)
            let feed = try leerpad.agendaFeed(for: team, host: services.issuerHost, in: context.language)
            return JSONResponse.text(feed, contentType: "text/calendar; charset=utf-8")
        }
        router.get("/coordinator/lrs") { _, context in
            guard context.account != nil else { return Response.redirect(to: "/signin", type: .found) }
            _ = try access.admin(context)
            return try lrsPage(context, notice: nil)
        }
        router.post("/coordinator/lrs") { request, context in try await saveLRS(request, context) }
    }

    /// `POST /api/badges/verify`: a compact JWT, or JSON with `jwt` members (a badge export).
    private func verify(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let buffer = try await request.body.collect(upTo: 1 << 20)
        let text = String(decoding: buffer.readableBytesView, as: UTF8.self)
        let checks = BadgeCheck.checks(in: text, verifier: try services.leerpad.badgeVerifier(of: services.issuer))
        guard !checks.isEmpty else {
            throw WebError.badRequest(StandardsText.noBadgesInFile("body").text(context.language), field: "body")
        }
        return JSONResponse.make(
            APIModels.BadgeVerificationResponse(
                valid: checks.allSatisfy(\.isValid),
                badges: checks.map { APIModels.BadgeVerificationResponse.Badge($0, language: context.language) }))
    }

    /// `POST /coordinator/lrs`: saves the LRS (an empty address clears it), queues every statement and sends.
    private func saveLRS(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        _ = try access.admin(context)
        let form = try await request.form(context: context)
        let leerpad = services.leerpad
        let outbox = try leerpad.outbox()
        let url = (form["url"] ?? "").trimmingCharacters(in: .whitespaces)
        let now = leerpad.time.now()
        guard !url.isEmpty else {
            try outbox.setLRSEndpoint(nil, at: now)
            return try lrsPage(context, notice: StandardsText.lrsNotConfigured.text(context.language))
        }
        guard let parsed = URL(string: url), parsed.scheme == "http" || parsed.scheme == "https" else {
            throw WebError.badRequest(LRSDeliveryError.invalidURL(url).summary, field: "url")
        }
        let previous = try outbox.lrsEndpoint()
        let user = form["user"].flatMap { $0.isEmpty ? nil : $0 }
        // An empty password field keeps the stored one: it is never sent back to the browser.
        let password = form["password"].flatMap { $0.isEmpty ? nil : $0 } ?? previous?.password
        try outbox.setLRSEndpoint(LRSEndpointSetting(url: url, username: user, password: password), at: now)
        let report = try await leerpad.sendStatements(
            of: try leerpad.reports(), baseURL: services.configuration.baseURL,
            to: LRSConnection(url: url, username: user, password: password))
        var notice = StandardsText.lrsReport(
            queued: report.queued, delivered: report.delivered, pending: report.pending
        ).text(context.language)
        if let error = report.lastError { notice += " — " + StandardsText.lrsLastError(error).text(context.language) }
        return try lrsPage(context, notice: notice)
    }

    private func lrsPage(_ context: WebRequestContext, notice: String?) throws -> Response {
        let l = context.language
        let outbox = try services.leerpad.outbox()
        let setting = try outbox.lrsEndpoint()
        let status = try outbox.outboxStatus()
        let lines: [HTML] = status.map { item -> HTML in
            let text = StandardsText.lrsEndpointStatus(
                endpoint: item.endpoint, pending: item.pending, delivered: item.delivered
            ).text(l)
            let error = item.lastError.map { " — " + StandardsText.lrsLastError($0).text(l) } ?? ""
            return "<li>\(text)\(error)</li>"
        }
        let ok: HTML = notice.map { "<div class=\"ok\" role=\"status\"><p>\($0)</p></div>" } ?? .empty
        let body: HTML = """
            \(ok)
            <form method="post" action="/coordinator/lrs" class="stack card">
            \(CSRF.field(context))
            <label for="lrs-url">\(StandardsText.lrsURL.text(l))</label>
            <input type="url" id="lrs-url" name="url" value="\(setting?.url ?? "")" placeholder="https://lrs.example/xAPI">
            <label for="lrs-user">\(StandardsText.lrsUser.text(l))</label>
            <input type="text" id="lrs-user" name="user" value="\(setting?.username ?? "")" autocomplete="off">
            <label for="lrs-password">\(StandardsText.lrsPassword.text(l))</label>
            <input type="password" id="lrs-password" name="password" autocomplete="new-password">
            <p><button type="submit">\(StandardsText.lrsSaveAndSend.text(l))</button></p>
            </form>
            <ul id="lrs-status">\(lines)</ul>
            """
        return Layout.page(title: StandardsText.lrsTitle.text(l), body: body, context: context)
    }
}

extension WebServices {
    /// The installation as a badge issuer: named in the configuration, did:web of its base address.
    var issuer: BadgeIssuer { BadgeIssuer(name: configuration.issuerName, baseURL: configuration.baseURL) }

    /// The host of the base address, for calendar UIDs.
    var issuerHost: String { URL(string: configuration.baseURL)?.host ?? "leerpad" }
}
