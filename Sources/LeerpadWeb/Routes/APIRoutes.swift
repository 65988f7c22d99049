import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdBcrypt
import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// The JSON API: what the pages do, for scripts. Described in `/openapi.json`.
///
/// Team routes authenticate with the access code in the path. Coordinator routes need the
/// session cookie plus the `X-CSRF-Token` header (the CSRF cookie's value), or HTTP Basic
/// credentials (rate-limited like the sign-in form).
struct APIRoutes {
    let services: WebServices

    func register(on router: Router<WebRequestContext>) {
        router.get("/openapi.json") { _, _ in
            JSONResponse.text(OpenAPIDocument.json, contentType: "application/json; charset=utf-8")
        }
        router.get("/api/teams/:code/progress") { _, context in try progress(context) }
        router.get("/api/teams/:code/assessments") { _, context in try assessments(context) }
        router.post("/api/teams/:code/assessments") { request, context in try await submitAssessment(request, context) }
        router.get("/api/teams/:code/plan") { request, context in try plan(request, context, accepting: false) }
        router.post("/api/teams/:code/path") { request, context in try plan(request, context, accepting: true) }
        router.get("/api/catalogue") { request, context in
            let content = services.content.current
            let modules = CatalogueFilter(query: request.query).apply(to: content.catalogue, model: content.model)
            return JSONResponse.make(modules.map { ModuleView($0, language: context.language) })
        }
        router.get("/api/teams") { request, context in
            try await requireCoordinator(request, context, unsafe: false)
            return JSONResponse.make(try services.leerpad.reports().map(TeamSummaryView.init))
        }
        router.get("/api/demand") { request, context in
            try await requireCoordinator(request, context, unsafe: false)
            let leerpad = services.leerpad
            return JSONResponse.make(
                leerpad.demand(of: try leerpad.reports()).map {
                    DemandLineView($0, catalogue: leerpad.content.catalogue, language: context.language)
                })
        }
        router.post("/api/coordinator/progress") { request, context in
            try await requireCoordinator(request, context, unsafe: true)
            return try await recordProgress(request, context)
        }
    }

    /// `GET /api/teams/{code}/progress`: XP, level, badges, path, scores and the neighbours on the leaderboard.
    private func progress(_ context: WebRequestContext) throws -> Response {
        let leerpad = services.leerpad
        let team = try leerpad.team(accessCode: context.accessCode)
        return JSONResponse.make(
            ProgressView(
                try leerpad.report(for: team), leaderboard: try leerpad.leaderboard(around: team),
                content: leerpad.content, language: context.language))
    }

    /// `GET /api/teams/{code}/assessments`: the team's measurements, oldest first.
    private func assessments(_ context: WebRequestContext) throws -> Response {
        let leerpad = services.leerpad
        let report = try leerpad.report(for: try leerpad.team(accessCode: context.accessCode))
        return JSONResponse.make(
            report.assessments.map(AssessmentSummaryView.init))
    }

    /// `POST /api/teams/{code}/assessments` with a CSV answer sheet: stores the measurement.
    private func submitAssessment(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let leerpad = services.leerpad
        let l = context.language
        let team = try leerpad.team(accessCode: context.accessCode)
        let type = request.headers[.contentType]?.lowercased() ?? ""
        guard type.hasPrefix("text/csv") || type.hasPrefix("text/plain") else {
            throw WebError(.unsupportedMediaType, l.message(.sendAnswersAsCSV), field: "body")
        }
        let buffer = try await request.body.collect(upTo: WebLimits.maximumAnswerSheet)
        let sheet: AnswerSheet
        do {
            sheet = try AnswerSheetReader(model: leerpad.content.model, maximumBytes: WebLimits.maximumAnswerSheet)
                .read(data: Data(buffer.readableBytesView), fileName: "upload.csv")
        } catch {
            throw WebError(
                .unprocessableContent, error.message(in: l), field: "body")
        }
        let outcome = try leerpad.recordAssessment(sheet.responses, for: team, source: "api:upload.csv")
        return JSONResponse.make(
            AssessmentResultView(outcome, content: leerpad.content, language: l), status: .created)
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
    private func recordProgress(_ request: Request, _ context: WebRequestContext) async throws -> Response {
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
            team = try leerpad.team(accessCode: body.team)
        } catch {
            throw WebError.badRequest(error.message(in: l), field: "team")
        }
        // A JSON number is unambiguous: written out in plain decimals, never in exponent form.
        let score = body.score.map { $0.isFinite ? String(format: "%.12f", $0) : "nan" }
        let input = ProgressRecordInput(activity: body.activity, item: body.item, score: score)
        let events = try leerpad.record(input, for: team)
        return JSONResponse.make(["recorded": events.map(\.id)], status: .created)
    }

    /// Session plus `X-CSRF-Token` for state-changing calls, or HTTP Basic credentials.
    private func requireCoordinator(_ request: Request, _ context: WebRequestContext, unsafe: Bool) async throws {
        let l = context.language
        if context.coordinator != nil {
            if unsafe {
                let header = request.headers[HTTPField.Name("X-CSRF-Token")!]
                guard !context.csrfIsNew, let header, Tokens.equal(header, context.csrfToken) else {
                    throw WebError(
                        .forbidden,
                        l.message(.csrfHeaderInvalid),
                        field: "X-CSRF-Token")
                }
            }
            return
        }
        if let authorization = request.headers[.authorization], authorization.hasPrefix("Basic "),
            let decoded = Data(base64Encoded: String(authorization.dropFirst(6))).flatMap({
                String(data: $0, encoding: .utf8)
            }),
            let colon = decoded.firstIndex(of: ":")
        {
            let name = String(decoded[..<colon].prefix(100))
            let password = String(decoded[decoded.index(after: colon)...])
            let limitKey = "\(context.remoteAddress)|\(name.lowercased())"
            guard await services.signInLimiter.allow(limitKey) else {
                throw WebError(
                    .tooManyRequests, l.message(.tooManyAttempts)
                )
            }
            if name.caseInsensitiveCompare(services.configuration.coordinatorName) == .orderedSame,
                password.utf8.count <= 72,
                Bcrypt.verify(password, hash: services.configuration.coordinatorPasswordHash)
            {
                return
            }
            await services.signInLimiter.fail(limitKey)
        }
        throw WebError(.unauthorized, l.message(.coordinatorsOnly))
    }
}
