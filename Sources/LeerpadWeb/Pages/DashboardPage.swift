import Foundation
import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// The coordinator's dashboard: heat map of the teams in the account's scope, open rounds,
/// course demand, progress recording, exports and the team's data.
enum DashboardPage {
    static func render(
        _ selected: SelectedTeams, selection: TeamSelection, rounds: [RoundStatus], account: Account,
        content: ContentBundle, context: WebRequestContext, notice: String?
    ) -> HTML {
        let l = context.language
        let teams = selected.reports
        let demand = selected.demand ?? []
        let demandSummary: HTML =
            selected.demand == nil
            ? "<p id=\"demand-elsewhere\">\(l.page(.demandNeedsFilter(teams: selected.total, limit: TeamSelection.demandLimit)))</p>"
            : "<p>\(l.page(.acrossAllTeams)): \(l.page(.moduleTotal(demand.count))), \(LocalFormat.euros(demand.reduce(Euros.zero) { $0 + $1.cost }, in: l)).</p>"
        let model = content.model
        let minimum = content.game.minimumRespondents
        let header = model.subdimensions.map { sub -> HTML in
            "<th scope=\"col\" class=\"num\"><abbr title=\"\(sub.name[l])\">\(sub.number)</abbr></th>"
        }
        let rows = teams.map { data -> HTML in
            let cells = model.subdimensions.map { sub in
                Widgets.levelCell(
                    data.latest?.subdimension(sub.id), previous: data.previous?.subdimension(sub.id), minimum: minimum,
                    language: l)
            }
            let measurement = data.latestMeasurement
            let when = measurement.map { LocalFormat.day($0.takenAt) } ?? "–"
            let respondents = Widgets.respondents(measurement, minimum: minimum, language: l)
            return
                "<tr><th scope=\"row\"><a href=\"/t/\(data.team.accessCode)\">\(data.team.name)</a><br><span class=\"muted\">\(when)\(respondents) · \(data.progress.state.xp) XP</span></th>\(cells)</tr>"
        }
        let legend = model.subdimensions.map { sub -> HTML in "<li>\(sub.number). \(sub.name[l])</li>" }
        let demandRows = demand.map { line -> HTML in
            let module = content.catalogue.module(line.moduleID)
            return
                "<tr><td>\(module?.title[l] ?? line.moduleID)</td><td>\(line.teams.joined(separator: ", "))</td><td class=\"num\">\(line.people)</td><td class=\"num\">\(line.runs)</td><td class=\"num\">\(LocalFormat.euros(line.cost, in: l))</td></tr>"
        }
        let noticeHTML: HTML = notice.map { "<div class=\"ok\" role=\"status\"><p>\($0)</p></div>" } ?? .empty
        return """
            \(noticeHTML)
            <section aria-labelledby="heat-heading">
            <h2 id="heat-heading">\(l.page(.maturityOfAllTeams))</h2>
            \(selector(selected, selection: selection, context: context))
            <p class="muted">\(l.page(.heatMapExplanation))</p>
            <div class="scroll"><table class="heat" id="heatmap"><thead><tr><th scope="col">\(l.term(.team))</th>\(header)</tr></thead><tbody>\(rows)</tbody></table></div>
            \(Widgets.legend(model: model, language: l))
            <p class="muted">\(RoundText.thinExplanation(minimum: minimum).text(l))</p>
            <details><summary>\(l.page(.subdimensions))</summary><ol>\(legend)</ol></details>
            </section>
            \(roundsSection(rounds, teams: teams, content: content, context: context))
            <section aria-labelledby="demand-heading">
            <h2 id="demand-heading">\(l.page(.courseDemand))</h2>
            \(demandSummary)
            <div class="scroll"><table id="demand"><thead><tr><th scope="col">\(l.term(.module))</th><th scope="col">\(l.term(.teams))</th><th scope="col" class="num">\(l.page(.people))</th><th scope="col" class="num">\(l.page(.runs))</th><th scope="col" class="num">\(l.page(.cost))</th></tr></thead><tbody>\(demandRows)</tbody></table></div>
            </section>
            \(recordForm(teams: teams, content: content, context: context))
            <section aria-labelledby="export-heading">
            <h2 id="export-heading">\(l.page(.export))</h2>
            <p><a class="button" href="/coordinator/export/csv">CSV (Excel)</a> <a class="button" href="/coordinator/export/xapi">xAPI</a> <a class="button" href="/coordinator/export/badges">Open Badges</a> <a class="button" href="/coordinator/export/ics">iCalendar</a></p>
            \(account.role == .admin ? "<p><a href=\"/coordinator/catalogue\">\(l.page(.uploadCatalogueLink))</a></p>" : HTML.empty)
            </section>
            \(privacySection(teams: teams, context: context))
            """
    }

    /// The municipality filter (when the scope has more than one) and the pager (when there is more
    /// than one page).
    static func selector(_ selected: SelectedTeams, selection: TeamSelection, context: WebRequestContext) -> HTML {
        let l = context.language
        var html: HTML = .empty
        if selected.municipalities.count > 1 {
            let all = selected.municipalities.reduce(0) { $0 + $1.teams }
            let options = selected.municipalities.map { item -> HTML in
                let chosen = item.name == selection.municipality ? " selected" : ""
                let label = l.page(.municipalityOption(name: item.name, teams: item.teams))
                return "<option value=\"\(item.name)\"\(chosen)>\(label)</option>"
            }
            html = """
                <form method="get" action="/coordinator" class="inline" id="team-filter">
                <label for="filter-municipality">\(l.page(.municipality))</label>
                <select id="filter-municipality" name="gemeente"><option value="">\(l.page(.allMunicipalities(teams: all)))</option>\(options)</select>
                <button type="submit">\(l.page(.show))</button>
                </form>
                """
        }
        guard selected.pageCount > 1 else { return html }
        let first = (selected.page - 1) * TeamSelection.pageSize + 1
        let shown = l.page(.teamsShown(first: first, last: first + selected.reports.count - 1, total: selected.total))
        func link(_ page: Int, _ text: String, _ rel: String) -> HTML {
            var query = "pagina=\(page)"
            if let municipality = selection.municipality {
                query +=
                    "&amp;gemeente=" + (municipality.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
            }
            return "<a href=\"/coordinator?\(query)\" rel=\"\(rel)\">\(text)</a>"
        }
        let previous: HTML = selected.page > 1 ? link(selected.page - 1, l.page(.previousPage), "prev") : .empty
        let next: HTML =
            selected.page < selected.pageCount ? link(selected.page + 1, l.page(.nextPage), "next") : .empty
        return """
            \(html)
            <nav class="pager" aria-label="\(shown)" id="pager">
            <p>\(shown), \(l.page(.pageOf(page: selected.page, pages: selected.pageCount))) \(previous) \(next)</p>
            </nav>
            """
    }

    /// The open rounds with their progress and buttons, and the forms to open one or add a survey export.
    static func roundsSection(
        _ rounds: [RoundStatus], teams: [TeamReport], content: ContentBundle, context: WebRequestContext
    ) -> HTML {
        let l = context.language
        let items = rounds.map { status -> HTML in
            let round = status.round
            let mix = status.roles.keys.sorted().map { role -> String in
                "\(role.isEmpty ? RoundText.ratherNotSay.text(l) : RoundText.roleName(role).text(l)): \(status.roles[role]!)"
            }
            let past: HTML =
                status.isPastClosing
                ? "<p class=\"error\">\(RoundText.roundPastClosing(round: round.id).text(l))</p>" : .empty
            let close: HTML =
                status.canClose
                ? "<form method=\"post\" action=\"/coordinator/rounds/\(round.id)/close\" class=\"inline\">\(CSRF.field(context))<button type=\"submit\" id=\"close-round-\(round.id)\">\(RoundText.closeRoundButton.text(l))</button></form>"
                : .empty
            return """
                <li class="card" data-round="\(round.id)"><strong>\(status.team.name)</strong> · \(round.instrument) · <span data-submitted="\(status.submitted)">\(RoundText.progressLine(submitted: status.submitted, teamSize: status.team.size).text(l))</span> (\(RoundText.minimumShort.text(l)) \(round.minimumRespondents))
                <br><span class="muted">\(RoundText.roleMix.text(l)): \(mix.isEmpty ? "–" : mix.joined(separator: ", "))</span>
                <br>\(RoundText.respondentLink.text(l)): <a href="/r/\(round.token)">/r/\(round.token)</a> · <a href="/r/\(round.token)/qr.svg">QR</a>
                \(past)
                <p>\(close) <form method="post" action="/coordinator/rounds/\(round.id)/cancel" class="inline">\(CSRF.field(context))<button type="submit" class="secondary">\(RoundText.cancelRoundButton.text(l))</button></form></p>
                </li>
                """
        }
        let teamOptions = teams.map { data -> HTML in
            "<option value=\"\(data.team.accessCode)\">\(data.team.name)</option>"
        }
        let instruments = content.model.questionnaires.map { questionnaire -> HTML in
            "<option value=\"\(questionnaire.id)\">\(questionnaire.name[l])</option>"
        }
        let roundOptions = rounds.map { status -> HTML in
            "<option value=\"\(status.round.id)\">\(status.round.id): \(status.team.name)</option>"
        }
        let importForm: HTML =
            rounds.isEmpty
            ? .empty
            : """
            <form method="post" action="/coordinator/rounds/import" enctype="multipart/form-data" class="stack card" id="import-form">
            <h3>\(RoundText.importIntoRound.text(l))</h3>
            \(CSRF.field(context))
            <label for="import-round">\(RoundText.round.text(l))</label><select id="import-round" name="round">\(roundOptions)</select>
            <label for="import-file">\(RoundText.answersFile.text(l))</label>
            <input type="file" id="import-file" name="answers" accept=".csv,text/csv" required>
            <p><button type="submit">\(RoundText.importButton.text(l))</button></p>
            </form>
            """
        return """
            <section aria-labelledby="rounds-heading" id="rounds">
            <h2 id="rounds-heading">\(RoundText.roundsHeading.text(l))</h2>
            <ul class="rounds">\(items)</ul>
            <div class="grid">
            <form method="post" action="/coordinator/rounds" class="stack card" id="open-round-form">
            <h3>\(RoundText.openRoundHeading.text(l))</h3>
            \(CSRF.field(context))
            <label for="round-team">\(l.term(.team))</label><select id="round-team" name="team">\(teamOptions)</select>
            <label for="round-instrument">\(RoundText.instrument.text(l))</label><select id="round-instrument" name="instrument">\(instruments)</select>
            <label for="round-closes">\(RoundText.closesOn.text(l))</label><input type="date" id="round-closes" name="closes">
            <label for="round-minimum">\(RoundText.minimumRespondents.text(l))</label><input type="number" id="round-minimum" name="minimum" min="\(content.game.minimumRespondents)" value="\(content.game.minimumRespondents)">
            <p><button type="submit" id="open-round">\(RoundText.openRoundButton.text(l))</button></p>
            </form>
            \(importForm)
            </div>
            </section>
            """
    }

    /// Everything stored about a team to download, and its deletion.
    static func privacySection(teams: [TeamReport], context: WebRequestContext) -> HTML {
        let l = context.language
        let items = teams.map { data -> HTML in
            let team = data.team
            return """
                <li>\(team.name): <a href="/coordinator/teams/\(team.accessCode)/data">\(RoundText.exportTeamData.text(l))</a>
                <details><summary>\(RoundText.deleteTeamHeading.text(l))</summary>
                <form method="post" action="/coordinator/teams/\(team.accessCode)/delete" class="stack">
                \(CSRF.field(context))
                <label for="confirm-\(team.id)">\(RoundText.typeTeamNameToConfirm.text(l))</label>
                <input type="text" id="confirm-\(team.id)" name="confirm" autocomplete="off" required maxlength="100">
                <p><button type="submit" class="danger">\(RoundText.deleteTeamButton.text(l))</button></p>
                </form></details></li>
                """
        }
        return """
            <section aria-labelledby="privacy-heading" id="privacy">
            <h2 id="privacy-heading">\(RoundText.privacyHeading.text(l))</h2>
            <p>\(RoundText.privacyExplanation.text(l))</p>
            <ul>\(items)</ul>
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
