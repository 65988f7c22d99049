import Foundation
import Hummingbird
import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// A team's own pages, reached through its access code: `/t/{code}` and `/t/{code}/plan`.
struct TeamPageRoutes {
    let services: WebServices

    func register(on router: Router<WebRequestContext>) {
        router.get("/t/:code") { request, context in
            let leerpad = services.leerpad
            let l = context.language
            let team = try leerpad.team(accessCode: context.accessCode)
            let notice = request.query["done"] == "path" ? Phrase.pathSaved.text(l) : nil
            let body = try services.teamViews.value(
                .page(notice: notice != nil), of: team, language: l, now: leerpad.time.now()
            ) { () throws -> HTML in
                let report = try leerpad.report(for: team)
                let board = try leerpad.leaderboard(around: team)
                let round = try leerpad.rounds(of: team).first { $0.state == .open }.map { open throws(AppError) in
                    try leerpad.status(of: try leerpad.round(id: open.id))
                }
                return TeamPage.render(
                    report, leaderboard: board, round: round, content: leerpad.content, context: context,
                    notice: notice)
            }
            return Layout.page(title: team.name, body: body, context: context, team: (team.name, team.accessCode))
        }
        router.get("/t/:code/plan") { request, context in
            let leerpad = services.leerpad
            let l = context.language
            let team = try leerpad.team(accessCode: context.accessCode)
            let report = try leerpad.report(for: team)
            let today = leerpad.time.today()
            guard request.query["budget"] != nil, report.latest != nil else {
                return planPage(
                    PlanInput.suggested(teamSize: team.size, today: today), errors: FieldErrors(), path: nil,
                    report: report, leerpad: leerpad, context: context)
            }
            let input = PlanInput(form: request.query, teamSize: team.size, today: today)
            do throws(AppError) {
                let path = try leerpad.plan(for: team, input: input)
                return planPage(
                    input, errors: FieldErrors(), path: path, report: report, leerpad: leerpad, context: context)
            } catch .invalidPlan(let problems) {
                return planPage(
                    input, errors: FieldErrors(problems, language: l), path: nil, report: report, leerpad: leerpad,
                    context: context)
            }
        }
        router.post("/t/:code/plan") { request, context in
            let leerpad = services.leerpad
            let l = context.language
            let team = try leerpad.team(accessCode: context.accessCode)
            let form = try await request.form(context: context)
            let input = PlanInput(form: form, teamSize: team.size, today: leerpad.time.today())
            do throws(AppError) {
                let path = try leerpad.plan(for: team, input: input)
                try leerpad.accept(path, for: team)
                return Response.redirect(to: "/t/\(team.accessCode)?done=path", type: .normal)
            } catch .invalidPlan(let problems) {
                let report = try leerpad.report(for: team)
                return planPage(
                    input, errors: FieldErrors(problems, language: l), path: nil, report: report, leerpad: leerpad,
                    context: context)
            }
        }
    }

    private func planPage(
        _ input: PlanInput, errors: FieldErrors, path: LearningPath?, report: TeamReport, leerpad: Leerpad,
        context: WebRequestContext
    ) -> Response {
        let team = report.team
        return Layout.page(
            title: context.language.page(.planFor(team: team.name)),
            body: PlanPage.render(
                input: input, errors: errors, path: path, report: report, content: leerpad.content, context: context),
            context: context, status: errors.isEmpty ? .ok : .badRequest, team: (team.name, team.accessCode))
    }
}
