import LeerpadContent
import LeerpadApp
import LeerpadCore

/// The questionnaire: one subdimension per step, every answer required, the reason next to a missing one.
enum QuestionnairePage {
    static func choose(model: MaturityModel, code: String, language l: Language) -> HTML {
        let items = model.questionnaires.map { questionnaire -> HTML in
            let count = questionnaire.statements.count
            return
                "<li><a class=\"button\" id=\"start-\(questionnaire.id)\" href=\"/t/\(code)/scan/\(questionnaire.id)/1\">\(questionnaire.name[l])</a> <span class=\"muted\">\(l.pick("\(count) stellingen", "\(count) statements"))</span></li>"
        }
        return """
            <p>\(l.pick(
                "Beantwoord elke stelling voor je eigen team, van 1 (helemaal oneens) tot 5 (helemaal eens), of kies ‘weet niet’. Je antwoorden worden per stap bewaard in deze browser tot je ze verstuurt.",
                "Answer every statement for your own team, from 1 (strongly disagree) to 5 (strongly agree), or choose ‘don't know’. Your answers are kept in this browser step by step until you submit them."))</p>
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
            l.pick("1 helemaal oneens", "1 strongly disagree"), l.pick("2 oneens", "2 disagree"),
            l.pick("3 neutraal", "3 neutral"), l.pick("4 eens", "4 agree"),
            l.pick("5 helemaal eens", "5 strongly agree"),
        ]
        let fieldsets = step.statements.map { statement -> HTML in
            let chosen = submitted?[statement.id] ?? draft.answers[statement.id].map(QuestionnaireDraft.code)
            let options = (1...5).map { value -> HTML in
                let id = "\(statement.id)-\(value)"
                return
                    "<label for=\"\(id)\"><input type=\"radio\" id=\"\(id)\" name=\"\(statement.id)\" value=\"\(value)\"\(HTML(raw: chosen == String(value) ? " checked" : ""))> \(labels[value - 1])</label>"
            }
            let dontKnow: HTML =
                "<label for=\"\(statement.id)-x\"><input type=\"radio\" id=\"\(statement.id)-x\" name=\"\(statement.id)\" value=\"x\"\(HTML(raw: chosen == "x" ? " checked" : ""))> \(l.pick("weet niet", "don't know"))</label>"
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
            : "<div class=\"error\" role=\"alert\"><p>\(l.pick("Nog niet alles is goed ingevuld; zie de uitleg bij de vragen.", "Not everything is filled in correctly; see the notes at the questions."))</p></div>"
        let back: HTML =
            index > 1
            ? "<button type=\"submit\" name=\"action\" value=\"back\" class=\"secondary\">\(l.pick("Vorige", "Previous"))</button> "
            : .empty
        let isLast = index == steps.steps.count
        return """
            <ol class="progress-steps" aria-label="\(l.pick("Stappen", "Steps"))">\(progress)</ol>
            <h2>\(l.pick("Stap", "Step")) \(index) \(l.pick("van", "of")) \(steps.steps.count): \(step.subdimension.number). \(step.subdimension.name[l])</h2>
            <p class="muted">\(step.subdimension.description[l])</p>
            \(summary)
            <form method="post" action="/t/\(code)/scan/\(steps.questionnaire.id)/\(index)" id="scan-form">
            \(CSRF.field(context))
            \(fieldsets)
            <p><button type="submit" name="action" value="next" id="next">\(isLast ? l.pick("Naar versturen", "Review and submit") : l.pick("Volgende", "Next"))</button> \(back)</p>
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
                "<div class=\"error\" role=\"alert\"><p>\(error ?? l.pick("Nog niet alle stellingen zijn beantwoord.", "Not every statement has been answered.")) <a href=\"/t/\(code)/scan/\(steps.questionnaire.id)/\($0)\">\(l.pick("Ga naar stap \($0)", "Go to step \($0)"))</a></p></div>"
            } ?? .empty
        let roles = [
            "", "wethouder", "teamleider", "beleidsadviseur", "uitvoerend medewerker", "informatieprofessional",
            "data-analist",
        ]
        let options = roles.map { role -> HTML in
            "<option value=\"\(role)\">\(role.isEmpty ? l.pick("(zeg ik liever niet)", "(rather not say)") : role)</option>"
        }
        return """
            <p>\(l.pick("\(answered) van \(total) stellingen beantwoord.", "\(answered) of \(total) statements answered."))</p>
            \(missing)
            <form method="post" action="/t/\(code)/scan/\(steps.questionnaire.id)/submit" class="stack">
            \(CSRF.field(context))
            <label for="role">\(l.pick("Je rol (optioneel)", "Your role (optional)"))</label>
            <select id="role" name="role">\(options)</select>
            <p><button type="submit" id="submit-scan"\(HTML(raw: incomplete == nil ? "" : " disabled"))>\(l.pick("Verstuur de antwoorden", "Submit the answers"))</button></p>
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
                "<li><strong>\(content.catalogue.module(rec.moduleID)?.title[l] ?? rec.moduleID)</strong> <span class=\"muted\">(\(l.pick("prioriteit", "priority")) \(rec.priority))</span><br>\(reasons.joined(separator: " "))</li>"
        }
        let useCases = recommendations.useCases.prefix(5).map { rec -> HTML in
            "<li>\(content.useCases.first { $0.id == rec.useCaseID }?.title[l] ?? rec.useCaseID)</li>"
        }
        return """
            <div class="ok" role="status"><p>\(l.pick("Bedankt! De meting is opgeslagen.", "Thank you! The assessment has been saved."))</p></div>
            <div class="grid">
            <section><h2>\(l.pick("Scores", "Scores"))</h2>
            <table class="heat" id="scores"><tbody>\(rows)</tbody></table>
            \(Widgets.legend(model: content.model, language: l))
            </section>
            <section><h2>\(l.pick("Aanbevolen modules", "Recommended modules"))</h2>
            <ul id="recommendations">\(modules)</ul>
            \(useCases.isEmpty ? HTML.empty : "<h3>\(l.pick("Om te proberen", "To try"))</h3><ul>\(useCases)</ul>")
            <p><a class="button" href="/t/\(code)/plan">\(l.pick("Maak een leerpad", "Make a learning path"))</a> <a href="/t/\(code)">\(l.pick("Naar de teampagina", "To the team page"))</a></p>
            </section>
            </div>
            """
    }
}
