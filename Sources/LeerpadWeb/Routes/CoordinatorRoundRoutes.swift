import Foundation
import Hummingbird
import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// The coordinator's forms for rounds and for a team's data: open, close, cancel, import a
/// survey export; download everything stored about a team, or delete it. Scoped like the dashboard.
struct CoordinatorRoundRoutes {
    let services: WebServices
    var access: CoordinatorAccess { CoordinatorAccess(services: services) }

    func register(on router: Router<WebRequestContext>) {
        router.post("/coordinator/rounds") { request, context in
            let scope = AccessScope(try access.account(context))
            let form = try await request.form(context: context)
            let leerpad = services.leerpad
            let team = try leerpad.team(accessCode: form["team"] ?? "", in: scope)
            let closes = try (form["closes"] ?? "").isEmpty ? nil : date(form["closes"] ?? "", context)
            let minimum = try (form["minimum"] ?? "").isEmpty ? nil : number(form["minimum"] ?? "", context)
            let round = try leerpad.openRound(
                for: team, instrument: form["instrument"] ?? "", closes: closes, minimum: minimum)
            return Response.redirect(to: "/coordinator?done=opened&round=\(round.id)#rounds", type: .normal)
        }
        router.post("/coordinator/rounds/:id/close") { request, context in
            let round = try await scopedRound(request, context)
            try services.leerpad.closeRound(round)
            return Response.redirect(to: "/coordinator?done=closed&round=\(round.id)#rounds", type: .normal)
        }
        router.post("/coordinator/rounds/:id/cancel") { request, context in
            let round = try await scopedRound(request, context)
            try services.leerpad.cancelRound(round)
            return Response.redirect(to: "/coordinator?done=cancelled&round=\(round.id)#rounds", type: .normal)
        }
        router.post("/coordinator/rounds/import") { request, context in try await importAnswers(request, context) }
        router.get("/coordinator/teams/:code/data") { _, context in
            let scope = AccessScope(try access.account(context))
            let leerpad = services.leerpad
            let team = try leerpad.team(accessCode: context.accessCode, in: scope)
            var response = JSONResponse.make(try leerpad.storedData(of: team))
            response.headers[.contentDisposition] = "attachment; filename=\"leerpad-team-\(team.id).json\""
            return response
        }
        router.post("/coordinator/teams/:code/delete") { request, context in
            let account = try access.account(context)
            let form = try await request.form(context: context)
            let leerpad = services.leerpad
            let team = try leerpad.team(accessCode: context.accessCode, in: AccessScope(account))
            guard (form["confirm"] ?? "").trimmingCharacters(in: .whitespaces).lowercased() == team.name.lowercased()
            else {
                throw WebError.badRequest(RoundText.teamNameDoesNotMatch.text(context.language), field: "confirm")
            }
            let deletion = try leerpad.deleteTeam(team, by: account.name)
            services.log.notice(
                "team-deleted",
                [
                    "team_id": .stringConvertible(deletion.teamID), "by": .string(account.name),
                    "events": .stringConvertible(deletion.events),
                ])
            return Response.redirect(to: "/coordinator?done=deleted", type: .normal)
        }
    }

    /// The round of the route's `{id}` within the account's scope, after the form's CSRF check.
    private func scopedRound(_ request: Request, _ context: WebRequestContext) async throws -> Round {
        let scope = AccessScope(try access.account(context))
        _ = try await request.form(context: context)
        guard let id = Int64(try context.parameters.require("id")) else {
            throw WebError.notFound(RoundText.unknownRound(context.parameters.get("id") ?? "").text(context.language))
        }
        return try services.leerpad.round(id: id, in: scope)
    }

    /// `POST /coordinator/rounds/import` with the round's id and a CSV file: the responses join the round.
    private func importAnswers(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let scope = AccessScope(try access.account(context))
        let l = context.language
        let type = request.headers[.contentType] ?? ""
        guard type.lowercased().hasPrefix("multipart/form-data") else {
            throw WebError(.unsupportedMediaType, l.message(.expectedFileUpload))
        }
        let buffer = try await request.body.collect(upTo: WebLimits.maximumAnswerSheet + 16 * 1024)
        let parts: [MultipartPart]
        do {
            parts = try Multipart.parse(Data(buffer.readableBytesView), contentType: type)
        } catch {
            throw WebError.badRequest(l.message(.malformedUpload))
        }
        try CSRF.check(
            parts.first { $0.name == "csrf" }.map { String(decoding: $0.data, as: UTF8.self) }, context: context)
        let idText = parts.first { $0.name == "round" }.map { String(decoding: $0.data, as: UTF8.self) } ?? ""
        guard let id = Int64(idText.trimmingCharacters(in: .whitespaces)) else {
            throw WebError.badRequest(RoundText.unknownRound(String(idText.prefix(20))).text(l), field: "round")
        }
        let leerpad = services.leerpad
        let round = try leerpad.round(id: id, in: scope)
        guard let file = parts.first(where: { $0.name == "answers" }), !file.data.isEmpty else {
            throw WebError.badRequest(RoundText.answersFile.text(l), field: "answers")
        }
        let sheet: AnswerSheet
        do {
            sheet = try AnswerSheetReader(model: leerpad.content.model, maximumBytes: WebLimits.maximumAnswerSheet)
                .read(data: file.data, fileName: file.fileName ?? "answers.csv")
        } catch {
            throw WebError(.unprocessableContent, error.message(in: l), field: "answers")
        }
        let count = try leerpad.importResponses(sheet.responses, into: round, source: file.fileName ?? "answers.csv")
        return Response.redirect(to: "/coordinator?done=imported&round=\(id)&count=\(count)#rounds", type: .normal)
    }

    private func date(_ text: String, _ context: WebRequestContext) throws(WebError) -> CalendarDate {
        guard let date = CalendarDate(iso8601: text.trimmingCharacters(in: .whitespaces)) else {
            throw WebError.badRequest(RoundText.invalidDate(text).text(context.language), field: "closes")
        }
        return date
    }

    private func number(_ text: String, _ context: WebRequestContext) throws(WebError) -> Int {
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
            throw WebError.badRequest(RoundText.invalidWholeNumber(text).text(context.language), field: "minimum")
        }
        return value
    }
}
