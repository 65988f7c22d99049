import Foundation
import Hummingbird
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// A team's own pages, reached through its access code: `/t/{code}` and `/t/{code}/plan`.
struct TeamPageRoutes {
    let services: WebServices

    func register(on router: Router<WebRequestContext>) {
        router.get("/t/:code") { request, context in
            let content = services.content.current
            let team = try services.team(accessCode: try context.parameters.require("code"), language: context.language)
            let data = try services.teamData(team, content: content)
            let board = try services.leaderboard(around: team, content: content)
            let notice: String? =
                switch request.query["done"] {
                case "path": context.language.pick("Het leerpad is opgeslagen.", "The learning path has been saved.")
                default: nil
                }
            return Layout.page(
                title: team.name,
                body: TeamPage.render(data, leaderboard: board, content: content, context: context, notice: notice),
                context: context, team: (team.name, team.accessCode))
        }
        router.get("/t/:code/plan") { request, context in
            let content = services.content.current
            let team = try services.team(accessCode: try context.parameters.require("code"), language: context.language)
            let data = try services.teamData(team, content: content)
            let query = request.query
            var planRequest = PlanRequest(form: query, teamSize: team.size)
            var errors = FieldErrors()
            var path: LearningPath?
            if query["budget"] != nil, let latest = data.latest {
                switch planRequest.constraints(
                    completed: data.progress.state.completedModules, language: context.language)
                {
                case .success(let constraints):
                    path = LearningPathPlanner.plan(
                        content.recommend(for: latest), catalogue: content.catalogue, constraints: constraints)
                case .failure(let failure): errors = failure
                }
            } else {
                planRequest = PlanRequest(teamSize: team.size)
            }
            return Layout.page(
                title: context.language.pick("Plan voor \(team.name)", "Plan for \(team.name)"),
                body: PlanPage.render(
                    request: planRequest, errors: errors, path: path, data: data, content: content, context: context),
                context: context, status: errors.isEmpty ? .ok : .badRequest, team: (team.name, team.accessCode))
        }
        router.post("/t/:code/plan") { request, context in
            let content = services.content.current
            let team = try services.team(accessCode: try context.parameters.require("code"), language: context.language)
            let form = try await request.form(context: context)
            let data = try services.teamData(team, content: content)
            guard let latest = data.latest else {
                throw WebError.badRequest(
                    context.language.pick("Het team heeft nog geen meting.", "The team has no assessment yet."))
            }
            let planRequest = PlanRequest(form: form, teamSize: team.size)
            switch planRequest.constraints(completed: data.progress.state.completedModules, language: context.language)
            {
            case .failure(let errors):
                return Layout.page(
                    title: context.language.pick("Plan voor \(team.name)", "Plan for \(team.name)"),
                    body: PlanPage.render(
                        request: planRequest, errors: errors, path: nil, data: data, content: content, context: context),
                    context: context, status: .badRequest, team: (team.name, team.accessCode))
            case .success(let constraints):
                let path = LearningPathPlanner.plan(
                    content.recommend(for: latest), catalogue: content.catalogue, constraints: constraints)
                guard !path.steps.isEmpty else {
                    throw WebError.badRequest(
                        context.language.pick(
                            "Het plan is leeg; er is niets aan te nemen.",
                            "The plan is empty; there is nothing to accept."))
                }
                try services.write(teamID: team.id) { store throws(StoreError) in
                    try store.acceptPath(teamID: team.id, acceptedAt: Date(), path: AcceptedPath(path))
                }
                return Response.redirect(to: "/t/\(team.accessCode)?done=path", type: .normal)
            }
        }
    }
}
