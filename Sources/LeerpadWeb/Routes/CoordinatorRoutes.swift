import Foundation
import Hummingbird
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// The coordinator's pages: dashboard, progress recording, exports, catalogue upload. Signed-in only.
struct CoordinatorRoutes {
    let services: WebServices

    func register(on router: Router<WebRequestContext>) {
        router.get("/coordinator") { request, context in
            guard context.coordinator != nil else { return Response.redirect(to: "/signin", type: .found) }
            return try dashboard(
                context,
                notice: request.query["done"] == "progress"
                    ? context.language.pick("De voortgang is vastgelegd.", "The progress has been recorded.") : nil)
        }
        router.post("/coordinator/progress") { request, context in
            try requireCoordinator(context)
            let form = try await request.form(context: context)
            let content = services.content.current
            switch try ProgressRecording.parse(
                teamCode: form["team"], activity: form["activity"], item: form["item"], score: form["score"],
                services: services,
                content: content, language: context.language)
            {
            case .failure(let errors):
                let teams = try services.allTeams(content: content)
                return Layout.page(
                    title: context.language.pick("Voortgang vastleggen", "Record progress"),
                    body: DashboardPage.recordForm(teams: teams, content: content, context: context, errors: errors),
                    context: context,
                    status: .badRequest)
            case .success(let recording):
                _ = try services.write(teamID: recording.team.id) { store throws(StoreError) in
                    try store.record(teamID: recording.team.id, [(recording.activity, Date())])
                }
                return Response.redirect(to: "/coordinator?done=progress", type: .normal)
            }
        }
        router.get("/coordinator/export/:kind") { _, context in
            try requireCoordinator(context)
            let content = services.content.current
            let teams = try services.allTeams(content: content)
            let base = services.configuration.baseURL
            switch try context.parameters.require("kind") {
            case "csv":
                return JSONResponse.text(
                    Exports.csv(teams, content: content, language: context.language),
                    contentType: "text/csv; charset=utf-8",
                    fileName: "leerpad-teams.csv")
            case "xapi":
                var response = JSONResponse.make(Exports.xapi(teams, content: content, baseURL: base))
                response.headers[.contentDisposition] = "attachment; filename=\"leerpad-xapi.json\""
                return response
            case "badges":
                var response = JSONResponse.make(
                    Exports.badges(teams, content: content, baseURL: base, language: context.language))
                response.headers[.contentDisposition] = "attachment; filename=\"leerpad-badges.json\""
                return response
            case "ics":
                return JSONResponse.text(
                    Exports.calendar(teams, content: content, language: context.language),
                    contentType: "text/calendar; charset=utf-8",
                    fileName: "leerpad-paden.ics")
            default:
                throw WebError.notFound(
                    context.language.pick(
                        "Onbekende export; kies csv, xapi, badges of ics.",
                        "Unknown export; choose csv, xapi, badges or ics."))
            }
        }
        router.get("/coordinator/catalogue") { _, context in
            guard context.coordinator != nil else { return Response.redirect(to: "/signin", type: .found) }
            return Layout.page(
                title: context.language.pick("Catalogus uploaden", "Upload a catalogue"),
                body: DashboardPage.upload(context: context, diagnostics: [], summary: nil), context: context)
        }
        router.post("/coordinator/catalogue") { request, context in
            try requireCoordinator(context)
            return try await upload(request, context)
        }
    }

    private func requireCoordinator(_ context: WebRequestContext) throws(WebError) {
        guard context.coordinator != nil else {
            throw WebError(
                .unauthorized,
                context.language.pick("Meld je eerst aan als coördinator.", "Sign in as coordinator first."))
        }
    }

    private func dashboard(_ context: WebRequestContext, notice: String?) throws -> Response {
        let content = services.content.current
        let teams = try services.allTeams(content: content)
        let demand = try services.demand(content: content)
        return Layout.page(
            title: context.language.pick("Dashboard van de coördinator", "Coordinator dashboard"),
            body: DashboardPage.render(
                teams: teams, demand: demand, content: content, context: context, notice: notice), context: context,
            wide: true)
    }

    private func upload(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let l = context.language
        let type = request.headers[.contentType] ?? ""
        guard type.lowercased().hasPrefix("multipart/form-data") else {
            throw WebError(
                .unsupportedMediaType,
                l.pick(
                    "Verwacht een bestandsupload (multipart/form-data).",
                    "Expected a file upload (multipart/form-data)."))
        }
        let buffer = try await request.body.collect(upTo: WebLimits.maximumCatalogue + 16 * 1024)
        let parts = try Multipart.parse(Data(buffer.readableBytesView), contentType: type)
        let token = parts.first { $0.name == "csrf" }.map { String(decoding: $0.data, as: UTF8.self) }
        try CSRF.check(token, context: context)
        guard let file = parts.first(where: { $0.name == "catalogue" }), !file.data.isEmpty else {
            throw WebError.badRequest(
                l.pick("Kies een catalogusbestand.", "Choose a catalogue file."), field: "catalogue")
        }
        let result = CatalogueUpload.check(file.data, fileName: file.fileName ?? "catalogue.xml", services: services)
        switch result {
        case .failure(let problems):
            return Layout.page(
                title: l.pick("Catalogus uploaden", "Upload a catalogue"),
                body: DashboardPage.upload(context: context, diagnostics: problems.lines, summary: nil),
                context: context,
                status: .unprocessableContent)
        case .success(let catalogue):
            services.content.replaceCatalogue(catalogue)
            services.cache.invalidate()
            let runs = catalogue.modules.map(\.runs.count).reduce(0, +)
            return Layout.page(
                title: l.pick("Catalogus uploaden", "Upload a catalogue"),
                body: DashboardPage.upload(
                    context: context, diagnostics: [],
                    summary: l.pick(
                        "Aangenomen: \(catalogue.providers.count) aanbieders, \(catalogue.modules.count) modules, \(runs) uitvoeringen.",
                        "Accepted: \(catalogue.providers.count) providers, \(catalogue.modules.count) modules, \(runs) runs."
                    )),
                context: context)
        }
    }
}

/// Checks an uploaded catalogue with the safe XML reader, the schema and the model.
enum CatalogueUpload {
    /// The located problems of a refused upload.
    struct Problems: Error { var lines: [String] }

    static func check(_ data: Data, fileName: String, services: WebServices) -> Result<Catalogue, Problems> {
        let name = String(fileName.split(separator: "/").last ?? "catalogue.xml").prefix(80)
        guard let directory = services.contentDirectory else {
            return .failure(
                Problems(lines: [
                    "\(name): uploads need the Content directory's schema; start the server from the repository"
                ]))
        }
        do {
            let schema = try directory.schema(for: .catalogue)
            let root = try SafeXMLReader(maximumBytes: WebLimits.maximumCatalogue).read(
                data: data, fileName: String(name), schema: schema)
            return .success(
                try CatalogueDecoder.decode(root, file: String(name), model: services.content.current.model))
        } catch {
            return .failure(Problems(lines: error.diagnostics.prefix(50).map(\.description)))
        }
    }
}
