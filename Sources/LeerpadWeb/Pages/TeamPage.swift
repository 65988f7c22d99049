import Foundation
import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// The team page: radar chart, path by levels, XP, badges, streak, relative leaderboard.
enum TeamPage {
    static func render(
        _ data: TeamReport, leaderboard: [RankedEntry], round: RoundStatus? = nil, content: ContentBundle,
        context: WebRequestContext, notice: String? = nil
    ) -> HTML {
        let l = context.language
        let state = data.progress.state
        let game = content.game
        let next = game.levels.first { $0.minimumXP > state.xp }
        let fraction: Double =
            next.map { Double(state.xp - state.level.minimumXP) / Double(max(1, $0.minimumXP - state.level.minimumXP)) }
            ?? 1
        let percent = Int((fraction * 100).rounded())
        let xpText: String =
            next.map {
                l.page(
                    .xpToNextLevel(xp: state.xp, missing: $0.minimumXP - state.xp, level: $0.number, name: $0.name[l]))
            } ?? l.page(.xpHighestLevel(xp: state.xp))
        let badgeNames = Dictionary(uniqueKeysWithValues: game.badges.map { ($0.id, $0) })
        let badges: HTML =
            state.badges.isEmpty
            ? "<p class=\"muted\">\(l.page(.noBadgesYet))</p>"
            : "<p>\(state.badges.map { badge -> HTML in "<span class=\"badge\" title=\"\(badgeNames[badge.badgeID]?.description[l] ?? "")\">\(badgeNames[badge.badgeID]?.name[l] ?? badge.badgeID)</span>" })</p>"
        let noticeHTML: HTML = notice.map { "<div class=\"ok\" role=\"status\"><p>\($0)</p></div>" } ?? .empty
        let code = data.team.accessCode
        let minimum = game.minimumRespondents
        let measurement = Widgets.respondents(
            data.latestMeasurement, minimum: minimum, id: "measurement-respondents", language: l)
        let roundHTML: HTML =
            round.map { status -> HTML in
                """
                <section class="card" id="open-round" aria-labelledby="round-heading">
                <h2 id="round-heading">\(RoundText.roundsHeading.text(l))</h2>
                <p><span id="round-progress" data-submitted="\(status.submitted)">\(RoundText.progressLine(submitted: status.submitted, teamSize: status.team.size).text(l))</span> (\(RoundText.minimumShort.text(l)) \(status.round.minimumRespondents))</p>
                <p><a class="button" href="/r/\(status.round.token)">\(l.term(.questionnaire))</a> <a href="/r/\(status.round.token)/qr.svg">QR</a></p>
                </section>
                """
            } ?? .empty

        return """
            \(noticeHTML)
            <p class="muted">\(data.team.municipality) · \(l.page(.peopleCount(data.team.size))) · \(l.page(.assessmentCount(data.progress.assessments)))\(measurement)</p>
            \(roundHTML)
            <div class="grid">
            <section class="card" aria-labelledby="xp-heading">
            <h2 id="xp-heading">\(l.term(.rank)) \(state.level.number): \(state.level.name[l])</h2>
            <label for="xp-bar" class="muted">\(l.page(.progressToNextLevel)): \(percent)%</label>
            <progress id="xp-bar" class="xp" max="100" value="\(percent)">\(percent)%</progress>
            <p id="xp-total" data-xp="\(state.xp)">\(xpText)</p>
            <p>\(l.page(.streak)): <strong>\(state.streakWeeks)</strong> \(l.page(.activeWeeksInARow)) · \(l.page(.longest)) \(state.longestStreakWeeks)</p>
            <h3>\(l.term(.badges))</h3>
            \(badges)
            </section>
            <section class="card" aria-labelledby="board-heading">
            <h2 id="board-heading">\(l.page(.leaderboardNeighbours))</h2>
            \(leaderboardTable(leaderboard, team: data.team.name, language: l))
            </section>
            </div>
            <section aria-labelledby="maturity-heading">
            <h2 id="maturity-heading">\(l.page(.maturityPerSubdimension))</h2>
            \(maturity(data, content: content, language: l))
            </section>
            <section aria-labelledby="path-heading">
            <h2 id="path-heading">\(l.term(.learningPath))</h2>
            \(path(data, content: content, language: l, code: code))
            </section>
            """
    }

    static func leaderboardTable(_ entries: [RankedEntry], team: String, language l: Language) -> HTML {
        guard !entries.isEmpty else { return "<p class=\"muted\">\(l.page(.noLeaderboard))</p>" }
        let rows = entries.map { ranked -> HTML in
            let me = ranked.entry.team == team
            return
                "<tr\(HTML(raw: me ? " class=\"me\" aria-current=\"true\"" : ""))><td class=\"num\">\(ranked.rank)</td><td>\(ranked.entry.team)</td><td class=\"num\">\(ranked.entry.xp)</td><td class=\"num\">\(ranked.entry.level)</td></tr>"
        }
        return """
            <table><thead><tr><th scope="col" class="num">#</th><th scope="col">\(l.term(.team))</th><th scope="col" class="num">XP</th><th scope="col" class="num">\(l.term(.rank))</th></tr></thead><tbody>\(rows)</tbody></table>
            """
    }

    static func maturity(_ data: TeamReport, content: ContentBundle, language l: Language) -> HTML {
        guard let latest = data.latest else {
            return
                "<p>\(l.page(.noAssessmentYet))</p>"
        }
        let radar = RadarChart.render(model: content.model, current: latest, previous: data.previous, language: l)
        let rows = content.model.subdimensions.map { sub -> HTML in
            let score = latest.subdimension(sub.id)
            let before = data.previous?.subdimension(sub.id)
            let spread: HTML =
                score.map { score -> HTML in
                    guard score.respondents > 1 else { return "–" }
                    let value = LocalFormat.number(score.spread, decimals: 1, in: l)
                    return score.isDisputed
                        ? "<span class=\"flag\" title=\"\(RoundText.disputed.text(l))\">\(value)</span>" : "\(value)"
                } ?? "–"
            return
                "<tr data-subdimension=\"\(sub.id)\"><th scope=\"row\">\(sub.number). \(sub.name[l])</th>\(Widgets.levelCell(score, previous: before, minimum: content.game.minimumRespondents, language: l))<td class=\"num spread\">\(spread)</td><td class=\"num\">\(before?.score.map { LocalFormat.number($0, decimals: 1, in: l) } ?? "–")</td></tr>"
        }
        return """
            <div class="grid">
            <figure>\(radar)<figcaption class="muted">\(l.page(.radarCaption))</figcaption></figure>
            <div class="scroll"><table class="heat" id="maturity"><thead><tr><th scope="col">\(l.page(.subdimension))</th><th scope="col">\(l.page(.now))</th><th scope="col" class="num">\(RoundText.spreadColumn.text(l))</th><th scope="col">\(l.page(.previous))</th></tr></thead><tbody>\(rows)</tbody></table></div>
            </div>
            <p class="muted">\(RoundText.spreadExplanation.text(l))</p>
            \(Widgets.legend(model: content.model, language: l))
            """
    }

    static func path(_ data: TeamReport, content: ContentBundle, language l: Language, code: String) -> HTML {
        let steps = data.progress.steps
        guard !steps.isEmpty else {
            return
                "<p>\(l.page(.noLearningPathYet)) <a href=\"/t/\(code)/plan\">\(l.page(.makePlan))</a></p>"
        }
        let statusText: [StepStatus: String] = [
            .done: l.term(.stepDone), .inProgress: l.term(.stepInProgress),
            .next: l.term(.stepNext),
            .planned: l.term(.stepPlanned),
        ]
        // One timeline in the order of the runs' dates, each step tagged with its stage; a step already
        // done shows no (possibly future) run date.
        let items = steps.map { step -> HTML in
            let title = content.catalogue.title(of: step.moduleID, in: l)
            var details = ["\(l.term(.stage)) \(step.level)"]
            if let days = LocalFormat.runDays(of: step, in: l) { details.append(days) }
            return
                "<li data-module=\"\(step.moduleID)\" data-status=\"\(step.status.rawValue)\" data-stage=\"\(step.level)\"><span class=\"status \(step.status.rawValue)\">\(statusText[step.status] ?? "")</span> \(title)<span class=\"muted\"> · \(details.joined(separator: " · "))</span></li>"
        }
        let working: HTML =
            data.progress.workingLevel.map {
                "<p class=\"muted\">\(l.term(.stage)) \($0) — \(l.page(.workingOnThis))</p>"
            }
            ?? .empty
        return working + "<ol class=\"steps timeline\">\(items.joined())</ol>"
    }
}
