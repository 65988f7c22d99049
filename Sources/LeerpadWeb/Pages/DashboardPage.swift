import Foundation
import LeerpadApp
import LeerpadContent
import LeerpadCore

/// The coordinator's dashboard: heat map of all teams, course demand, progress recording, exports.
enum DashboardPage {
    static func render(
        teams: [TeamReport], demand: [ModuleDemand], content: ContentBundle, context: WebRequestContext, notice: String?
    ) -> HTML {
        let l = context.language
        let model = content.model
        let header = model.subdimensions.map { sub -> HTML in
            "<th scope=\"col\" class=\"num\"><abbr title=\"\(sub.name[l])\">\(sub.number)</abbr></th>"
        }
        let rows = teams.map { data -> HTML in
            let cells = model.subdimensions.map { sub in
                Widgets.levelCell(
                    data.latest?.subdimension(sub.id), previous: data.previous?.subdimension(sub.id), language: l)
            }
            let when = data.assessments.last.map { LocalFormat.day($0.takenAt) } ?? "–"
            return
                "<tr><th scope=\"row\"><a href=\"/t/\(data.team.accessCode)\">\(data.team.name)</a><br><span class=\"muted\">\(when) · \(data.progress.state.xp) XP</span></th>\(cells)</tr>"
        }
        let legend = model.subdimensions.map { sub -> HTML in "<li>\(sub.number). \(sub.name[l])</li>" }
        let demandRows = demand.map { line -> HTML in
            let module = content.catalogue.module(line.moduleID)
            return
                "<tr><td>\(module?.title[l] ?? line.moduleID)</td><td>\(line.teams.joined(separator: ", "))</td><td class=\"num\">\(line.people)</td><td class=\"num\">\(line.runs)</td><td class=\"num\">\(LocalFormat.euros(line.cost, in: l))</td></tr>"
        }
        let totalCost = demand.reduce(Euros.zero) { $0 + $1.cost }
        let noticeHTML: HTML = notice.map { "<div class=\"ok\" role=\"status\"><p>\($0)</p></div>" } ?? .empty
        return """
            \(noticeHTML)
            <section aria-labelledby="heat-heading">
            <h2 id="heat-heading">\(l.page(.maturityOfAllTeams))</h2>
            <p class="muted">\(l.page(.heatMapExplanation))</p>
            <div class="scroll"><table class="heat" id="heatmap"><thead><tr><th scope="col">\(l.term(.team))</th>\(header)</tr></thead><tbody>\(rows)</tbody></table></div>
            \(Widgets.legend(model: model, language: l))
            <details><summary>\(l.page(.subdimensions))</summary><ol>\(legend)</ol></details>
            </section>
            <section aria-labelledby="demand-heading">
            <h2 id="demand-heading">\(l.page(.courseDemand))</h2>
            <p>\(l.page(.acrossAllTeams)): \(l.page(.moduleTotal(demand.count))), \(LocalFormat.euros(totalCost, in: l)).</p>
            <div class="scroll"><table id="demand"><thead><tr><th scope="col">\(l.term(.module))</th><th scope="col">\(l.term(.teams))</th><th scope="col" class="num">\(l.page(.people))</th><th scope="col" class="num">\(l.page(.runs))</th><th scope="col" class="num">\(l.page(.cost))</th></tr></thead><tbody>\(demandRows)</tbody></table></div>
            </section>
            \(recordForm(teams: teams, content: content, context: context))
            <section aria-labelledby="export-heading">
            <h2 id="export-heading">\(l.page(.export))</h2>
            <p><a class="button" href="/coordinator/export/csv">CSV (Excel)</a> <a class="button" href="/coordinator/export/xapi">xAPI</a> <a class="button" href="/coordinator/export/badges">Open Badges</a> <a class="button" href="/coordinator/export/ics">iCalendar</a></p>
            <p><a href="/coordinator/catalogue">\(l.page(.uploadCatalogueLink))</a></p>
            </section>
            """
    }

    static func recordForm(
        teams: [TeamReport], content: ContentBundle, context: WebRequestContext, errors: FieldErrors = FieldErrors()
    ) -> HTML {
        let l = context.language
        let teamOptions = teams.map { data -> HTML in
            "<option value=\"\(data.team.accessCode)\">\(data.team.name)</option>"
        }
        let moduleOptions = content.catalogue.modules.map { module -> HTML in
            "<option value=\"module:\(module.id)\">\(module.title[l])</option>"
        }
        let useCaseOptions = content.useCases.map { useCase -> HTML in
            "<option value=\"usecase:\(useCase.id)\">\(useCase.title[l])</option>"
        }
        return """
            <section aria-labelledby="record-heading" id="record">
            <h2 id="record-heading">\(l.page(.recordProgress))</h2>
            <form method="post" action="/coordinator/progress" class="stack card">
            \(CSRF.field(context))
            <label for="record-team">\(l.term(.team))</label><select id="record-team" name="team"\(errors.attributes("team"))>\(teamOptions)</select>\(errors.message("team"))
            <label for="record-activity">\(l.page(.what))</label>
            <select id="record-activity" name="activity"\(errors.attributes("activity"))><option value="completed">\(l.page(.moduleCompleted))</option><option value="started">\(l.page(.moduleStarted))</option><option value="tried">\(l.page(.useCaseTried))</option></select>\(errors.message("activity"))
            <label for="record-item">\(l.page(.moduleOrUseCase))</label>
            <select id="record-item" name="item"\(errors.attributes("item"))><optgroup label="\(l.term(.modules))">\(moduleOptions)</optgroup><optgroup label="\(l.term(.useCases))">\(useCaseOptions)</optgroup></select>\(errors.message("item"))
            <label for="record-score">\(l.page(.completionScoreOptional))</label>
            <input type="text" id="record-score" name="score" inputmode="decimal" maxlength="10"\(errors.attributes("score"))>\(errors.message("score"))
            <p><button type="submit" id="record-submit">\(l.page(.record))</button></p>
            </form>
            </section>
            """
    }

    static func upload(context: WebRequestContext, diagnostics: [String], summary: String?) -> HTML {
        let l = context.language
        let problems: HTML =
            diagnostics.isEmpty
            ? .empty
            : "<div class=\"error\" role=\"alert\"><p>\(l.page(.catalogueNotAccepted))</p><ul id=\"diagnostics\">\(diagnostics.map { item -> HTML in "<li><code>\(item)</code></li>" })</ul></div>"
        let ok: HTML = summary.map { "<div class=\"ok\" role=\"status\"><p>\($0)</p></div>" } ?? .empty
        return """
            \(ok)\(problems)
            <p>\(l.page(.catalogueUploadExplanation))</p>
            <form method="post" action="/coordinator/catalogue" enctype="multipart/form-data" class="stack card">
            \(CSRF.field(context))
            <label for="catalogue-file">\(l.page(.catalogueFile))</label>
            <input type="file" id="catalogue-file" name="catalogue" accept=".xml,application/xml,text/xml" required>
            <p><button type="submit">\(l.page(.uploadAndCheck))</button></p>
            </form>
            """
    }
}
