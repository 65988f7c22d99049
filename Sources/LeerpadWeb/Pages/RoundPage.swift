import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// The respondent's pages of a round: the start (role), one page per dimension with every answer
/// checked and the reason next to a missing one, the review, and the thanks. Never anyone's answers
/// but the respondent's own draft.
enum RoundPage {
    static func start(_ status: RoundStatus, steps: QuestionnaireSteps, context: WebRequestContext) -> HTML {
        let l = context.language
        let token = status.round.token
        let options =
            [HTML("<option value=\"\">\(RoundText.ratherNotSay.text(l))</option>")]
            + Leerpad.respondentRoles.map { role -> HTML in
                "<option value=\"\(role)\">\(RoundText.roleName(role).text(l))</option>"
            }
        return """
            <p>\(RoundText.roundIntroduction(statements: steps.questionnaire.statements.count, pages: steps.pages.count).text(l))</p>
            <p class="muted" id="round-progress">\(RoundText.progressLine(submitted: status.submitted, teamSize: status.team.size).text(l))</p>
            <form method="post" action="/r/\(token)" class="stack card" id="start-form">
            \(CSRF.field(context))
            <label for="role">\(RoundText.yourRole.text(l))</label>
            <select id="role" name="role">\(options)</select>
            <p><button type="submit" id="begin">\(RoundText.begin.text(l))</button></p>
            </form>
            """
    }

    static func page(
        _ steps: QuestionnaireSteps, index: Int, answers: [String: Answer], submitted: FormData?, errors: FieldErrors,
        token: String, context: WebRequestContext
    ) -> HTML {
        let l = context.language
        let page = steps.pages[index - 1]
        let labels = [
            l.page(.answerStronglyDisagree), l.page(.answerDisagree), l.page(.answerNeutral), l.page(.answerAgree),
            l.page(.answerStronglyAgree),
        ]
        let groups = page.groups.map { group -> HTML in
            let fieldsets = group.statements.map { statement -> HTML in
                let chosen = submitted?[statement.id] ?? answers[statement.id].map(QuestionnaireSteps.code)
                let options = (1...5).map { value -> HTML in
                    let id = "\(statement.id)-\(value)"
                    return
                        "<label for=\"\(id)\"><input type=\"radio\" id=\"\(id)\" name=\"\(statement.id)\" value=\"\(value)\"\(HTML(raw: chosen == String(value) ? " checked" : ""))> \(labels[value - 1])</label>"
                }
                let dontKnow: HTML =
                    "<label for=\"\(statement.id)-x\"><input type=\"radio\" id=\"\(statement.id)-x\" name=\"\(statement.id)\" value=\"x\"\(HTML(raw: chosen == "x" ? " checked" : ""))> \(l.page(.dontKnow))</label>"
                return """
                    <fieldset\(errors.attributes(statement.id))><legend>\(statement.text[l])</legend>
                    \(errors.message(statement.id))
                    <div class="likert">\(options)\(dontKnow)</div>
                    </fieldset>
                    """
            }
            return "<h3>\(group.subdimension.number). \(group.subdimension.name[l])</h3>\(fieldsets)"
        }
        let summary: HTML =
            errors.isEmpty
            ? .empty : "<div class=\"error\" role=\"alert\"><p>\(RoundText.pageHasErrors.text(l))</p></div>"
        let back: HTML =
            index > 1
            ? "<button type=\"submit\" name=\"action\" value=\"back\" class=\"secondary\">\(RoundText.previousPage.text(l))</button> "
            : .empty
        return """
            <h2>\(RoundText.pageHeading(page: index, pages: steps.pages.count, dimension: page.dimension.name[l]).text(l))</h2>
            \(summary)
            <form method="post" action="/r/\(token)/\(index)" id="scan-form">
            \(CSRF.field(context))
            \(groups)
            <p>\(back)<button type="submit" name="action" value="next" id="next">\(index == steps.pages.count ? RoundText.reviewHeading.text(l) : RoundText.nextPage.text(l))</button></p>
            </form>
            """
    }

    static func review(
        _ steps: QuestionnaireSteps, answers: [String: Answer], token: String, context: WebRequestContext
    ) -> HTML {
        let l = context.language
        let answered = steps.questionnaire.statements.filter { answers[$0.id] != nil }.count
        let total = steps.questionnaire.statements.count
        let incomplete = steps.firstIncomplete(answers)
        let missing: HTML =
            incomplete.map {
                "<div class=\"error\" role=\"alert\"><p>\(l.page(.statementsUnanswered)) <a href=\"/r/\(token)/\($0)\">\(l.page(.goToStep($0)))</a></p></div>"
            } ?? .empty
        return """
            <p>\(l.page(.answeredCount(answered: answered, total: total)))</p>
            \(missing)
            <form method="post" action="/r/\(token)/submit" class="stack">
            \(CSRF.field(context))
            <p><button type="submit" id="submit-scan"\(HTML(raw: incomplete == nil ? "" : " disabled"))>\(RoundText.submit.text(l))</button></p>
            </form>
            """
    }

    static func thanks(_ status: RoundStatus, context: WebRequestContext) -> HTML {
        let l = context.language
        return """
            <div class="ok" role="status" id="thanks"><p>\(RoundText.thanks.text(l))</p></div>
            <p class="muted" id="round-progress">\(RoundText.progressLine(submitted: status.submitted, teamSize: status.team.size).text(l))</p>
            """
    }
}
