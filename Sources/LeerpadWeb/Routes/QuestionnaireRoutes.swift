import Foundation
import Hummingbird
import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// The respondents' link of a round, `/r/{token}`: each visit starts one anonymous response,
/// kept as a draft page by page (one page per dimension), submitted once. `/t/{code}/scan` leads
/// a team member to the team's open round.
struct QuestionnaireRoutes {
    let services: WebServices

    func register(on router: Router<WebRequestContext>) {
        router.get("/t/:code/scan") { _, context in
            let leerpad = services.leerpad
            let team = try leerpad.team(accessCode: context.accessCode)
            if let open = try leerpad.rounds(of: team).first(where: { $0.state == .open }) {
                return Response.redirect(to: "/r/\(open.token)", type: .found)
            }
            return Layout.page(
                title: context.language.term(.questionnaire),
                body: "<p id=\"no-round\">\(RoundText.noOpenRound.text(context.language))</p>", context: context,
                team: (team.name, team.accessCode))
        }
        router.get("/r/:token") { request, context in
            let (round, status, steps) = try resolve(context)
            if let response = try draft(request, round: round) {
                if response.submittedAt != nil {
                    return page(status, RoundPage.thanks(status, context: context), context)
                }
                let next = steps.firstIncomplete(response.answers).map(String.init) ?? "review"
                return Response.redirect(to: "/r/\(round.token)/\(next)", type: .found)
            }
            try requireAccepting(round, context)
            return page(status, RoundPage.start(status, steps: steps, context: context), context)
        }
        router.post("/r/:token") { request, context in
            let (round, _, _) = try resolve(context)
            let form = try await request.form(context: context)
            try await services.admitResponse(from: context.remoteAddress, language: context.language)
            let response = try services.leerpad.startResponse(in: round, role: form["role"])
            var redirect = Response.redirect(to: "/r/\(round.token)/1", type: .normal)
            redirect.setCookie(responseCookie(response.key, round: round, context: context))
            return redirect
        }
        router.get("/r/:token/qr.svg") { request, context in
            let (round, status, _) = try resolve(context)
            let link = services.configuration.baseURL + "/r/" + round.token
            let svg = QRCodeSVG(
                try QRCode(encoding: link), label: RoundText.qrCodeOf(team: status.team.name).text(context.language))
            var response = JSONResponse.text(svg.markup, contentType: "image/svg+xml; charset=utf-8")
            response.headers[.cacheControl] = "private, max-age=3600"
            return response
        }
        router.get("/r/:token/review") { request, context in
            let (round, status, steps) = try resolve(context)
            let response = try requireDraft(request, round: round, context: context)
            return page(
                status, RoundPage.review(steps, answers: response.answers, token: round.token, context: context),
                context)
        }
        router.post("/r/:token/submit") { request, context in
            let (round, _, steps) = try resolve(context)
            _ = try await request.form(context: context)
            let response = try requireDraft(request, round: round, context: context)
            guard steps.firstIncomplete(response.answers) == nil else {
                return Response.redirect(to: "/r/\(round.token)/review", type: .normal)
            }
            try services.leerpad.submit(response, in: round)
            let status = try services.leerpad.status(of: round)
            return page(status, RoundPage.thanks(status, context: context), context)
        }
        router.get("/r/:token/:page") { request, context in
            let (round, status, steps) = try resolve(context)
            let index = try pageIndex(context, steps: steps)
            let response = try requireDraft(request, round: round, context: context)
            return page(
                status,
                RoundPage.page(
                    steps, index: index, answers: response.answers, submitted: nil, errors: FieldErrors(),
                    token: round.token, context: context), context)
        }
        router.post("/r/:token/:page") { request, context in try await savePage(request, context) }
    }

    /// `POST /r/{token}/{page}`: keeps the page's answers in the draft, then goes on, back or
    /// shows what is missing.
    private func savePage(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let (round, status, steps) = try resolve(context)
        let index = try pageIndex(context, steps: steps)
        let form = try await request.form(context: context)
        let response = try requireDraft(request, round: round, context: context)
        let l = context.language
        var answers = response.answers
        var errors = FieldErrors()
        for statement in steps.pages[index - 1].statements {
            guard let value = form[statement.id], !value.isEmpty else {
                errors[statement.id] = l.message(.answerMissing)
                continue
            }
            guard let answer = QuestionnaireSteps.answer(value) else {
                errors[statement.id] = l.message(.invalidAnswer(String(value.prefix(20))))
                continue
            }
            answers[statement.id] = answer
        }
        try services.leerpad.saveDraft(response, in: round, role: response.role, answers: answers)
        let goingBack = form["action"] == "back"
        if !errors.isEmpty && !goingBack {
            return page(
                status,
                RoundPage.page(
                    steps, index: index, answers: answers, submitted: form, errors: errors, token: round.token,
                    context: context), context, status: .badRequest)
        }
        let target =
            goingBack ? String(max(1, index - 1)) : index == steps.pages.count ? "review" : String(index + 1)
        return Response.redirect(to: "/r/\(round.token)/\(target)", type: .normal)
    }

    private func resolve(_ context: WebRequestContext) throws -> (Round, RoundStatus, QuestionnaireSteps) {
        let leerpad = services.leerpad
        let round = try leerpad.round(token: try context.parameters.require("token"))
        let status = try leerpad.status(of: round)
        return (round, status, QuestionnaireSteps(try leerpad.questionnaire(of: round), model: leerpad.content.model))
    }

    /// 409 for a round that takes no answers (closed, cancelled or past its date).
    private func requireAccepting(_ round: Round, _ context: WebRequestContext) throws {
        guard round.state == .open else { throw AppError.store(.roundEnded(id: round.id, state: round.state)) }
        if let closes = round.closesAt, services.time.now() >= closes {
            throw AppError.roundPastClosing(round: round.id)
        }
    }

    /// The respondent's own response in this round, from its cookie.
    private func draft(_ request: Request, round: Round) throws -> RoundResponse? {
        guard let key = request.cookies[Cookies.response(round.id)]?.value else { return nil }
        return try services.leerpad.response(key: key, in: round)
    }

    /// The respondent's draft, or back to the start when there is none.
    private func requireDraft(_ request: Request, round: Round, context: WebRequestContext) throws -> RoundResponse {
        try requireAccepting(round, context)
        guard let response = try draft(request, round: round) else {
            throw WebError(.conflict, RoundText.beginFirst(token: round.token).text(context.language))
        }
        guard response.submittedAt == nil else { throw AppError.store(.responseSubmitted) }
        return response
    }

    private func pageIndex(_ context: WebRequestContext, steps: QuestionnaireSteps) throws -> Int {
        guard let index = Int(try context.parameters.require("page")), (1...steps.pages.count).contains(index) else {
            throw WebError.notFound(context.language.message(.unknownStep))
        }
        return index
    }

    private func page(
        _ status: RoundStatus, _ body: HTML, _ context: WebRequestContext, status code: HTTPResponse.Status = .ok
    ) -> Response {
        Layout.page(
            title: RoundText.roundHeading(team: status.team.name).text(context.language), body: body,
            context: context, status: code)
    }

    private func responseCookie(_ key: String, round: Round, context: WebRequestContext) -> Cookie {
        Cookie(
            name: Cookies.response(round.id), value: key, maxAge: 60 * 86_400, path: "/r/\(round.token)",
            secure: context.isSecure, httpOnly: true, sameSite: .lax)
    }
}
