import Foundation
import Hummingbird
import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// The coordinator's pages: dashboard, progress recording, exports, catalogue upload. Signed-in
/// only, and scoped: an `hr` account sees, counts and exports its own municipality's teams only.
struct CoordinatorRoutes {
    let services: WebServices
    var access: CoordinatorAccess { CoordinatorAccess(services: services) }

    func register(on router: Router<WebRequestContext>) {
        router.get("/coordinator") { request, context in
            guard context.account != nil else { return Response.redirect(to: "/signin", type: .found) }
            let l = context.language
            let notice: String? =
                switch request.query["done"] {
                case "progress": Phrase.progressRecorded.text(l)
                case "opened": RoundText.roundOpenedNotice(round: Int64(request.query["round"] ?? "") ?? 0).text(l)
                case "closed": RoundText.roundClosedNotice(round: Int64(request.query["round"] ?? "") ?? 0).text(l)
                case "cancelled":
                    RoundText.roundCancelledNotice(round: Int64(request.query["round"] ?? "") ?? 0).text(l)
                case "imported":
                    RoundText.responsesImported(
                        count: Int(request.query["count"] ?? "") ?? 0, round: Int64(request.query["round"] ?? "") ?? 0
                    ).text(l)
                case "deleted": RoundText.teamRemovedNotice.text(l)
                default: nil
                }
            let selection = TeamSelection(
                municipality: request.query["gemeente"], page: Int(request.query["pagina"] ?? "") ?? 1)
            return try dashboard(context, selection: selection, notice: notice)
        }
        router.post("/coordinator/progress") { request, context in try await recordProgress(request, context) }
        router.get("/coordinator/export/:kind") { _, context in try export(context) }
        router.get("/coordinator/catalogue") { _, context in
            guard context.account != nil else { return Response.redirect(to: "/signin", type: .found) }
            _ = try access.admin(context)
            return Layout.page(
                title: context.language.page(.uploadCatalogueTitle),
                body: DashboardPage.upload(context: context, diagnostics: [], summary: nil), context: context)
        }
        router.post("/coordinator/catalogue") { request, context in
            let admin = try access.admin(context)
            return try await upload(request, context, by: admin)
        }
        CoordinatorRoundRoutes(services: services).register(on: router)
    }

    /// `POST /coordinator/progress`: checks the form and appends the activity to the team's log.
    private func recordProgress(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let scope = AccessScope(try access.account(context))
        let form = try await request.form(context: context)
        let leerpad = services.leerpad
        let l = context.language
        var errors = FieldErrors()
        var team: Team?
        do throws(AppError) {
            if let code = form["team"], !code.isEmpty {
                team = try leerpad.team(accessCode: code, in: scope)
            } else {
                errors["team"] = ProgressRecordProblem.noTeam.message(in: l)
            }
        } catch {
            errors["team"] = error.message(in: l)
        }
        let input = ProgressRecordInput(
            activity: form["activity"] ?? "", item: form["item"] ?? "", score: form["score"])
        switch input.activity(in: leerpad.content) {
        case .failure(let problems):
            for entry in problems.entries { errors[entry.field.rawValue] = entry.problem.message(in: l) }
        case .success(let activity):
            if let team, errors.isEmpty {
                try leerpad.record([activity], for: team)
                return Response.redirect(to: "/coordinator?done=progress", type: .normal)
            }
        }
        return Layout.page(
            title: l.page(.recordProgress),
            body: DashboardPage.recordForm(
                teams: try leerpad.reports(in: scope), content: leerpad.content, context: context, errors: errors),
            context: context, status: .badRequest)
    }

    /// `GET /coordinator/export/{csv|xapi|badges|ics}`: the coordinator's downloads.
    private func export(_ context: WebRequestContext) throws -> Response {
        let scope = AccessScope(try access.account(context))
        let leerpad = services.leerpad
        let exports = CoordinatorExports(try leerpad.reports(in: scope), leerpad: leerpad)
        let base = services.configuration.baseURL
        switch try context.parameters.require("kind") {
        case "csv":
            return JSONResponse.text(
                exports.teamsCSV(in: context.language), contentType: "text/csv; charset=utf-8",
                fileName: "leerpad-teams.csv")
        case "xapi":
            var response = JSONResponse.make(exports.xapi(baseURL: base))
            response.headers[.contentDisposition] = "attachment; filename=\"leerpad-xapi.json\""
            return response
        case "badges":
            var response = JSONResponse.make(try exports.badges(issuer: services.issuer, in: context.language))
            response.headers[.contentDisposition] = "attachment; filename=\"leerpad-badges.json\""
            return response
        case "ics":
            return JSONResponse.text(
                try exports.calendar(in: context.language, host: services.issuerHost),
                contentType: "text/calendar; charset=utf-8",
                fileName: "leerpad-paden.ics")
        default:
            throw WebError.notFound(
                context.language.message(.unknownExport))
        }
    }

    private func dashboard(_ context: WebRequestContext, selection: TeamSelection, notice: String?) throws
        -> Response
    {
        let account = try access.account(context)
        let scope = AccessScope(account)
        let leerpad = services.leerpad
        let selected = try leerpad.select(selection, in: scope)
        let rounds = try leerpad.rounds(in: scope).filter { $0.state == .open }.map { round throws(AppError) in
            try leerpad.status(of: try leerpad.round(id: round.id, in: scope))
        }
        return Layout.page(
            title: context.language.page(.coordinatorDashboard),
            body: DashboardPage.render(
                selected, selection: selection, rounds: rounds, account: account, content: leerpad.content,
                context: context, notice: notice),
            context: context, wide: true)
    }

    private func upload(_ request: Request, _ context: WebRequestContext, by account: Account) async throws -> Response
    {
        let l = context.language
        let type = request.headers[.contentType] ?? ""
        guard type.lowercased().hasPrefix("multipart/form-data") else {
            throw WebError(
                .unsupportedMediaType,
                l.message(.expectedFileUpload))
        }
        let buffer = try await request.body.collect(upTo: WebLimits.maximumCatalogue + 16 * 1024)
        let parts: [MultipartPart]
        do {
            parts = try Multipart.parse(Data(buffer.readableBytesView), contentType: type)
        } catch {
            throw WebError.badRequest(l.message(.malformedUpload))
        }
        let token = parts.first { $0.name == "csrf" }.map { String(decoding: $0.data, as: UTF8.self) }
        try CSRF.check(token, context: context)
        guard let file = parts.first(where: { $0.name == "catalogue" }), !file.data.isEmpty else {
            throw WebError.badRequest(
                l.message(.chooseCatalogueFile), field: "catalogue")
        }
        // Schema and model checks take a while on a large file: on the work pool's upload lane.
        let (data, fileName) = (file.data, file.fileName ?? "catalogue.xml")
        let (directory, content, language) = (services.contentDirectory, services.content.current, l)
        let result = try await services.work.run(.upload) {
            CatalogueUpload.check(data, fileName: fileName, directory: directory, content: content, language: language)
        }
        switch result {
        case .failure(let problems):
            return Layout.page(
                title: l.page(.uploadCatalogueTitle),
                body: DashboardPage.upload(context: context, diagnostics: problems.lines, summary: nil),
                context: context,
                status: .unprocessableContent)
        case .success(let catalogue):
            // Kept in the store first: every server on this database takes it up from there.
            let stored = try services.leerpad.keepUploadedCatalogue(file.data, uploadedBy: account.name)
            services.content.replaceCatalogue(catalogue, revision: stored?.revision ?? 0)
            let runs = catalogue.modules.map(\.runs.count).reduce(0, +)
            return Layout.page(
                title: l.page(.uploadCatalogueTitle),
                body: DashboardPage.upload(
                    context: context, diagnostics: [],
                    summary: l.page(
                        .catalogueAccepted(
                            providers: catalogue.providers.count, modules: catalogue.modules.count, runs: runs))),
                context: context)
        }
    }
}
