import LeerpadApp
import LeerpadContent
import LeerpadCore

/// The questionnaire: one subdimension per step, every answer required, the reason next to a missing one.
enum QuestionnairePage {
    static func choose(model: MaturityModel, code: String, language l: Language) -> HTML {
        let items = model.questionnaires.map { questionnaire -> HTML in
            let count = questionnaire.statements.count
            return
                "<li><a class=\"button\" id=\"start-\(questionnaire.id)\" href=\"/t/\(code)/scan/\(questionnaire.id)/1\">\(questionnaire.name[l])</a> <span class=\"muted\">\(l.page(.statementCount(count)))</span></li>"
        }
        return """
            <p>\(l.page(.questionnaireIntroduction))</p>
            <ul class="steps">\(items)</ul>
            """
    }

    static func step(
        _ steps: QuestionnaireSteps, index: Int, draft: QuestionnaireDraft, submitted: FormData?, errors: FieldErrors,
        code: String, context: WebRequestContext
    ) -> HTML {
        let l = context.language
        let step = steps.steps[index - 1]
        let labels = [
            l.page(.answerStronglyDisagree), l.page(.answerDisagree),
            l.page(.answerNeutral), l.page(.answerAgree),
            l.page(.answerStronglyAgree),
        ]
        let fieldsets = step.statements.map { statement -> HTML in
            let chosen = submitted?[statement.id] ?? draft.answers[statement.id].map(QuestionnaireDraft.code)
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
        let progress = steps.steps.indices.map { position -> HTML in
            let number = position + 1
            let complete = steps.steps[position].statements.allSatisfy { draft.answers[$0.id] != nil }
            let label = "\(number)\(complete ? " ✓" : "")"
            return number == index
                ? "<li class=\"current\" aria-current=\"step\">\(label)</li>"
                : "<li><a href=\"/t/\(code)/scan/\(steps.questionnaire.id)/\(number)\">\(label)</a></li>"
        }
        let summary: HTML =
            errors.isEmpty
            ? .empty
            : "<div class=\"error\" role=\"alert\"><p>\(l.page(.stepHasErrors))</p></div>"
        let back: HTML =
            index > 1
            ? "<button type=\"submit\" name=\"action\" value=\"back\" class=\"secondary\">\(l.page(.previous))</button> "
            : .empty
        let isLast = index == steps.steps.count
        return """
            <ol class="progress-steps" aria-label="\(l.page(.steps))">\(progress)</ol>
            <h2>\(l.page(.stepHeading(step: index, count: steps.steps.count))): \(step.subdimension.number). \(step.subdimension.name[l])</h2>
            <p class="muted">\(step.subdimension.description[l])</p>
            \(summary)
            <form method="post" action="/t/\(code)/scan/\(steps.questionnaire.id)/\(index)" id="scan-form">
            \(CSRF.field(context))
            \(fieldsets)
            <p><button type="submit" name="action" value="next" id="next">\(isLast ? l.page(.reviewAndSubmit) : l.page(.nextStep))</button> \(back)</p>
            </form>
            """
    }

    static func review(
        _ steps: QuestionnaireSteps, draft: QuestionnaireDraft, code: String, context: WebRequestContext, error: String?
    ) -> HTML {
        let l = context.language
        let answered = steps.questionnaire.statements.filter { draft.answers[$0.id] != nil }.count
        let total = steps.questionnaire.statements.count
        let incomplete = steps.firstIncomplete(draft)
        let missing: HTML =
            incomplete.map {
                "<div class=\"error\" role=\"alert\"><p>\(error ?? l.page(.statementsUnanswered)) <a href=\"/t/\(code)/scan/\(steps.questionnaire.id)/\($0)\">\(l.page(.goToStep($0)))</a></p></div>"
            } ?? .empty
        let roles = [
            "", "wethouder", "teamleider", "beleidsadviseur", "uitvoerend medewerker", "informatieprofessional",
            "data-analist",
        ]
        let options = roles.map { role -> HTML in
            "<option value=\"\(role)\">\(role.isEmpty ? l.page(.ratherNotSay) : role)</option>"
        }
        return """
            <p>\(l.page(.answeredCount(answered: answered, total: total)))</p>
            \(missing)
            <form method="post" action="/t/\(code)/scan/\(steps.questionnaire.id)/submit" class="stack">
            \(CSRF.field(context))
            <label for="role">\(l.page(.roleOptional))</label>
            <select id="role" name="role">\(options)</select>
            <p><button type="submit" id="submit-scan"\(HTML(raw: incomplete == nil ? "" : " disabled"))>\(l.page(.submitAnswers))</button></p>
            </form>
            """
    }

    /// The scores of a new assessment and what the rules recommend.
    static func result(
        assessment: Assessment, previous: Assessment?, recommendations: Recommendations, content: ContentBundle,
        code: String,
        context: WebRequestContext
    ) -> HTML {
        let l = context.language
        let rows = content.model.subdimensions.map { sub -> HTML in
            let score = assessment.subdimension(sub.id)
            return
                "<tr><th scope=\"row\">\(sub.number). \(sub.name[l])</th>\(Widgets.levelCell(score, previous: previous?.subdimension(sub.id), language: l))</tr>"
        }
        let modules = recommendations.modules.prefix(8).map { rec -> HTML in
            let reasons = rec.firings.map(\.reason).map { $0[l] }
            return
                "<li><strong>\(content.catalogue.title(of: rec.moduleID, in: l))</strong> <span class=\"muted\">(\(l.page(.priority)) \(rec.priority))</span><br>\(reasons.joined(separator: " "))</li>"
        }
        let useCases = recommendations.useCases.prefix(5).map { rec -> HTML in
            "<li>\(content.useCases.first { $0.id == rec.useCaseID }?.title[l] ?? rec.useCaseID)</li>"
        }
        return """
            <div class="ok" role="status"><p>\(l.page(.assessmentSaved))</p></div>
            <div class="grid">
            <section><h2>\(l.page(.scores))</h2>
            <table class="heat" id="scores"><tbody>\(rows)</tbody></table>
            \(Widgets.legend(model: content.model, language: l))
            </section>
            <section><h2>\(l.page(.recommendedModules))</h2>
            <ul id="recommendations">\(modules)</ul>
            \(useCases.isEmpty ? HTML.empty : "<h3>\(l.page(.toTry))</h3><ul>\(useCases)</ul>")
            <p><a class="button" href="/t/\(code)/plan">\(l.page(.makeLearningPath))</a> <a href="/t/\(code)">\(l.page(.toTeamPage))</a></p>
            </section>
            </div>
            """
    }
}
