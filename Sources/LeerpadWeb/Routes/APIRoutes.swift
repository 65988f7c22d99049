import Foundation
import HTTPTypes
import Hummingbird
import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// The JSON API: what the pages do, for scripts. Described in `/openapi.json`.
///
/// Team routes authenticate with the access code in the path; a round's respondents with its
/// token. Coordinator routes need the session cookie plus the `X-CSRF-Token` header (the CSRF
/// cookie's value), or HTTP Basic credentials (rate-limited like the sign-in form), and answer
/// only about the teams in the account's scope.
struct APIRoutes {
    let services: WebServices
    var access: CoordinatorAccess { CoordinatorAccess(services: services) }

    func register(on router: Router<WebRequestContext>) {
        router.get("/openapi.json") { _, _ in
            JSONResponse.text(OpenAPIDocument.json, contentType: "application/json; charset=utf-8")
        }
        router.get("/api/teams/:code/progress") { _, context in try progress(context) }
        router.get("/api/teams/:code/assessments") { _, context in try assessments(context) }
        router.post("/api/r/:token/responses") { request, context in try await respond(request, context) }
        router.get("/api/teams/:code/plan") { request, context in try plan(request, context, accepting: false) }
        router.post("/api/teams/:code/path") { request, context in try plan(request, context, accepting: true) }
        router.get("/api/catalogue") { request, context in
            let content = services.content.current
            let modules = CatalogueFilter(query: request.query).apply(to: content.catalogue, model: content.model)
            return JSONResponse.make(modules.map { ModuleView($0, language: context.language) })
        }
        router.get("/api/teams") { request, context in
            let scope = AccessScope(try await access.apiAccount(request, context, unsafe: false))
            return JSONResponse.make(try services.leerpad.reports(in: scope).map(TeamSummaryView.init))
        }
        router.get("/api/demand") { request, context in
            let scope = AccessScope(try await access.apiAccount(request, context, unsafe: false))
            let leerpad = services.leerpad
            return JSONResponse.make(
                leerpad.demand(of: try leerpad.reports(in: scope)).map {
                    DemandLineView($0, catalogue: leerpad.content.catalogue, language: context.language)
                })
        }
        router.post("/api/coordinator/progress") { request, context in
            let scope = AccessScope(try await access.apiAccount(request, context, unsafe: true))
            return try await recordProgress(request, context, scope: scope)
        }
        router.get("/api/rounds") { request, context in
            let scope = AccessScope(try await access.apiAccount(request, context, unsafe: false))
            let leerpad = services.leerpad
            return JSONResponse.make(
                try leerpad.rounds(in: scope).map { round in
                    RoundStatusView(try leerpad.status(of: try leerpad.round(id: round.id, in: scope)))
                })
        }
        router.post("/api/rounds") { request, context in
            let scope = AccessScope(try await access.apiAccount(request, context, unsafe: true))
            return try await openRound(request, context, scope: scope)
        }
        router.post("/api/rounds/:id/close") { request, context in
            let scope = AccessScope(try await access.apiAccount(request, context, unsafe: true))
            let leerpad = services.leerpad
            guard let id = Int64(try context.parameters.require("id")) else {
                throw AppError.store(.unknownRound(context.parameters.get("id") ?? ""))
            }
            let outcome = try leerpad.closeRound(try leerpad.round(id: id, in: scope))
            return JSONResponse.make(
                AssessmentResultView(outcome, content: leerpad.content, language: context.language), status: .ok)
        }
    }

    /// `GET /api/teams/{code}/progress`: XP, level, badges, path, scores and the neighbours on the leaderboard.
    private func progress(_ context: WebRequestContext) throws -> Response {
        let leerpad = services.leerpad
        let team = try leerpad.team(accessCode: context.accessCode)
        let body = try services.teamViews.value(
            .progress, of: team, language: context.language, now: leerpad.time.now()
        ) { () throws -> ByteBuffer in
            let view = ProgressView(
                try leerpad.report(for: team), leaderboard: try leerpad.leaderboard(around: team),
                content: leerpad.content, language: context.language)
            return JSONResponse.encode(view)
        }
        return JSONResponse.make(bytes: body)
    }

    /// `GET /api/teams/{code}/assessments`: the team's measurements, oldest first.
    private func assessments(_ context: WebRequestContext) throws -> Response {
        let leerpad = services.leerpad
        let report = try leerpad.report(for: try leerpad.team(accessCode: context.accessCode))
        return JSONResponse.make(
            report.assessments.map(AssessmentSummaryView.init))
    }

    /// `POST /api/r/{token}/responses` with `{"role": "beleid", "answers": {"q01": 4, "q02": "weet niet"}}`:
    /// one respondent's complete answers join the round.
    private func respond(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let l = context.language
        let leerpad = services.leerpad
        let round = try leerpad.round(token: try context.parameters.require("token"))
        try await services.admitResponse(from: context.remoteAddress, language: l)
        guard request.headers[.contentType]?.lowercased().hasPrefix("application/json") == true else {
            throw WebError(.unsupportedMediaType, l.message(.sendJSON), field: "body")
        }
        let buffer = try await request.body.collect(upTo: WebLimits.maximumForm)
        let body = try APIModels.ResponseRequest.decode(Data(buffer.readableBytesView), language: l)
        try leerpad.respond(to: round, role: body.role, answers: body.answers)
        let status = try leerpad.status(of: round)
        return JSONResponse.make(
            APIModels.ResponseAccepted(round: round.id, responses: status.submitted, teamSize: status.team.size),
            status: .created)
    }

    /// `POST /api/rounds` with `{"team": CODE, "instrument": "quickscan", "closes": "2027-01-31", "minimum": 3}`.
    private func openRound(_ request: Request, _ context: WebRequestContext, scope: AccessScope) async throws
        -> Response
    {
        let l = context.language
        guard request.headers[.contentType]?.lowercased().hasPrefix("application/json") == true else {
            throw WebError(.unsupportedMediaType, l.message(.sendJSON), field: "body")
        }
        let buffer = try await request.body.collect(upTo: WebLimits.maximumForm)
        let body: APIModels.OpenRoundRequest
        do {
            body = try JSONDecoder().decode(APIModels.OpenRoundRequest.self, from: Data(buffer.readableBytesView))
        } catch {
            throw WebError.badRequest(l.message(.unreadableData), field: "body")
        }
        var closes: CalendarDate?
        if let text = body.closes {
            guard let date = CalendarDate(iso8601: text) else {
                throw WebError.badRequest(RoundText.invalidDate(text).text(l), field: "closes")
            }
            closes = date
        }
        let leerpad = services.leerpad
        let team = try leerpad.team(accessCode: body.team, in: scope)
        let round = try leerpad.openRound(
            for: team, instrument: body.instrument, closes: closes, minimum: body.minimum)
        return JSONResponse.make(RoundStatusView(try leerpad.status(of: round)), status: .created)
    }

    /// `GET /api/teams/{code}/plan` (a plan) and `POST /api/teams/{code}/path` (a plan accepted as the path).
    private func plan(_ request: Request, _ context: WebRequestContext, accepting: Bool) throws -> Response {
        let leerpad = services.leerpad
        let team = try leerpad.team(accessCode: context.accessCode)
        let path = try leerpad.plan(
            for: team, input: PlanInput(form: request.query, teamSize: team.size, today: leerpad.time.today()))
        if accepting { try leerpad.accept(path, for: team) }
        return JSONResponse.make(
            PlanView(path, catalogue: leerpad.content.catalogue, language: context.language),
            status: accepting ? .created : .ok)
    }

    /// `POST /api/coordinator/progress` with `{"team", "activity", "item", "score"}`.
    private func recordProgress(_ request: Request, _ context: WebRequestContext, scope: AccessScope) async throws
        -> Response
    {
        let l = context.language
        guard request.headers[.contentType]?.lowercased().hasPrefix("application/json") == true else {
            throw WebError(.unsupportedMediaType, l.message(.sendJSON), field: "body")
        }
        let buffer = try await request.body.collect(upTo: WebLimits.maximumForm)
        let body: APIModels.RecordRequest
        do {
            body = try JSONDecoder().decode(APIModels.RecordRequest.self, from: Data(buffer.readableBytesView))
        } catch {
            throw WebError.badRequest(l.message(.invalidRecordJSON), field: "body")
        }
        let leerpad = services.leerpad
        let team: Team
        do throws(AppError) {
            team = try leerpad.team(accessCode: body.team, in: scope)
        } catch {
            throw WebError.badRequest(error.message(in: l), field: "team")
        }
        // A JSON number is unambiguous: written out in plain decimals, never in exponent form.
        let score = body.score.map { $0.isFinite ? String(format: "%.12f", $0) : "nan" }
        let input = ProgressRecordInput(activity: body.activity, item: body.item, score: score)
        let events = try leerpad.record(input, for: team)
        return JSONResponse.make(["recorded": events.map(\.id)], status: .created)
    }
}
