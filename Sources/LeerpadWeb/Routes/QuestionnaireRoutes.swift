import Foundation
import Hummingbird
import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// The web questionnaire: `/t/{code}/scan`, one step per subdimension, a draft cookie, then submit.
struct QuestionnaireRoutes {
    let services: WebServices

    func register(on router: Router<WebRequestContext>) {
        router.get("/t/:code/scan") { _, context in
            let content = services.content.current
            let team = try services.leerpad.team(accessCode: context.accessCode)
            return Layout.page(
                title: context.language.term(.questionnaire),
                body: QuestionnairePage.choose(model: content.model, code: team.accessCode, language: context.language),
                context: context, team: (team.name, team.accessCode))
        }
        router.get("/t/:code/scan/:questionnaire/submit") { request, context in
            let (team, steps, _) = try resolve(context)
            let draft = QuestionnaireDraft(
                cookie: request.cookies[Cookies.draft(team.id)]?.value, questionnaire: steps.questionnaire)
            return Layout.page(
                title: steps.questionnaire.name[context.language],
                body: QuestionnairePage.review(
                    steps, draft: draft, code: team.accessCode, context: context, error: nil),
                context: context, team: (team.name, team.accessCode))
        }
        router.get("/t/:code/scan/:questionnaire/:step") { request, context in
            let (team, steps, _) = try resolve(context)
            let index = try stepIndex(context, steps: steps)
            let draft = QuestionnaireDraft(
                cookie: request.cookies[Cookies.draft(team.id)]?.value, questionnaire: steps.questionnaire)
            return Layout.page(
                title: steps.questionnaire.name[context.language],
                body: QuestionnairePage.step(
                    steps, index: index, draft: draft, submitted: nil, errors: FieldErrors(), code: team.accessCode,
                    context: context),
                context: context, team: (team.name, team.accessCode))
        }
        router.post("/t/:code/scan/:questionnaire/submit") { request, context in try await submit(request, context) }
        router.post("/t/:code/scan/:questionnaire/:step") { request, context in try await saveStep(request, context) }
    }

    /// `POST …/submit`: stores the completed draft as the team's measurement and shows the new scores.
    private func submit(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let (team, steps, content) = try resolve(context)
        let form = try await request.form(context: context)
        let draft = QuestionnaireDraft(
            cookie: request.cookies[Cookies.draft(team.id)]?.value, questionnaire: steps.questionnaire)
        guard steps.firstIncomplete(draft) == nil else {
            return Layout.page(
                title: steps.questionnaire.name[context.language],
                body: QuestionnairePage.review(
                    steps, draft: draft, code: team.accessCode, context: context, error: nil),
                context: context, status: .badRequest, team: (team.name, team.accessCode))
        }
        let role = form["role"].flatMap { $0.isEmpty ? nil : String($0.prefix(60)) }
        let response = LeerpadCore.Response(respondent: "web", team: team.name, role: role, answers: draft.answers)
        let outcome = try services.leerpad.recordAssessment(
            [response], for: team, source: "web:\(steps.questionnaire.id)")
        var page = Layout.page(
            title: context.language.page(.newScores),
            body: QuestionnairePage.result(
                assessment: outcome.assessment, previous: outcome.previous,
                recommendations: outcome.recommendations, content: content, code: team.accessCode,
                context: context),
            context: context, team: (team.name, team.accessCode))
        page.setCookie(draftCookie("", team: team, context: context, delete: true))
        return page
    }

    /// `POST …/{step}`: keeps the step's answers in the draft, then goes on, back or shows what is missing.
    private func saveStep(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let (team, steps, _) = try resolve(context)
        let index = try stepIndex(context, steps: steps)
        let form = try await request.form(context: context)
        var draft = QuestionnaireDraft(
            cookie: request.cookies[Cookies.draft(team.id)]?.value, questionnaire: steps.questionnaire)
        let l = context.language
        var errors = FieldErrors()
        for statement in steps.steps[index - 1].statements {
            guard let value = form[statement.id], !value.isEmpty else {
                errors[statement.id] = l.message(.answerMissing)
                continue
            }
            guard let answer = QuestionnaireDraft.answer(value) else {
                errors[statement.id] = l.message(.invalidAnswer(String(value.prefix(20))))
                continue
            }
            draft.answers[statement.id] = answer
        }
        let goingBack = form["action"] == "back"
        if !errors.isEmpty && !goingBack {
            var page = Layout.page(
                title: steps.questionnaire.name[l],
                body: QuestionnairePage.step(
                    steps, index: index, draft: draft, submitted: form, errors: errors, code: team.accessCode,
                    context: context),
                context: context, status: .badRequest, team: (team.name, team.accessCode))
            page.setCookie(draftCookie(draft.cookie, team: team, context: context))
            return page
        }
        let target =
            goingBack
            ? "/t/\(team.accessCode)/scan/\(steps.questionnaire.id)/\(max(1, index - 1))"
            : index == steps.steps.count
                ? "/t/\(team.accessCode)/scan/\(steps.questionnaire.id)/submit"
                : "/t/\(team.accessCode)/scan/\(steps.questionnaire.id)/\(index + 1)"
        var response = Response.redirect(to: target, type: .normal)
        response.setCookie(draftCookie(draft.cookie, team: team, context: context))
        return response
    }

    private func resolve(_ context: WebRequestContext) throws -> (Team, QuestionnaireSteps, ContentBundle) {
        let leerpad = services.leerpad
        let content = leerpad.content
        let team = try leerpad.team(accessCode: context.accessCode)
        let id = try context.parameters.require("questionnaire")
        guard let questionnaire = content.model.questionnaires.first(where: { $0.id == id }) else {
            throw WebError.notFound(
                context.language.message(.unknownQuestionnaire))
        }
        return (team, QuestionnaireSteps(questionnaire, model: content.model), content)
    }

    private func stepIndex(_ context: WebRequestContext, steps: QuestionnaireSteps) throws -> Int {
        guard let index = Int(try context.parameters.require("step")), (1...steps.steps.count).contains(index) else {
            throw WebError.notFound(context.language.message(.unknownStep))
        }
        return index
    }

    private func draftCookie(_ value: String, team: Team, context: WebRequestContext, delete: Bool = false) -> Cookie {
        Cookie(
            name: Cookies.draft(team.id), value: value, maxAge: delete ? 0 : 30 * 86_400, path: "/t/\(team.accessCode)",
            secure: context.isSecure, httpOnly: true, sameSite: .lax)
    }
}
