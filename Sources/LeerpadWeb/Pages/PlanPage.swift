import Foundation
import LeerpadApp
import LeerpadContent
import LeerpadCore

/// The plan page: constraints in, the plan out, and a button to accept it as the team's path.
enum PlanPage {
    static func render(
        input request: PlanInput, errors: FieldErrors, path: LearningPath?, report: TeamReport,
        content: ContentBundle, context: WebRequestContext
    ) -> HTML {
        let l = context.language
        let code = report.team.accessCode
        guard report.latest != nil else {
            return
                "<p>\(l.pick("Eerst een meting nodig:", "An assessment is needed first:")) <a href=\"/t/\(code)/scan\">\(l.pick("vul de vragenlijst in", "fill in the questionnaire"))</a>.</p>"
        }
        func input(_ name: String, _ label: String, _ value: String, type: String = "text", extra: String = "") -> HTML
        {
            """
            <label for="\(name)">\(label)</label>
            <input type="\(type)" id="\(name)" name="\(name)" value="\(value)"\(HTML(raw: extra))\(errors.attributes(name))>
            \(errors.message(name))
            """
        }
        let formatBoxes = ModuleFormat.allCases.map { format -> HTML in
            let checked = request.formats.contains(format.rawValue)
            return
                "<label><input type=\"checkbox\" name=\"format\" value=\"\(format.rawValue)\"\(HTML(raw: checked ? " checked" : ""))> \(LocalFormat.format(format, in: context.language))</label>"
        }
        let form: HTML = """
            <form method="get" action="/t/\(code)/plan" class="stack card">
            \(input("budget", l.pick("Budget voor het hele team (€)", "Budget for the whole team (€)"), request.budget, extra: " inputmode=\"decimal\" required"))
            \(input("hours", l.pick("Studie-uren per persoon", "Study hours per person"), request.hours, extra: " inputmode=\"decimal\" required"))
            \(input("weeks", l.pick("Aantal weken", "Number of weeks"), request.weeks, type: "number", extra: " min=\"\(PlanLimits.weeks.lowerBound)\" max=\"\(PlanLimits.weeks.upperBound)\" required"))
            \(input("teamSize", l.pick("Aantal deelnemers", "Participants"), request.teamSize, type: "number", extra: " min=\"\(PlanLimits.teamSize.lowerBound)\" max=\"\(PlanLimits.teamSize.upperBound)\" required"))
            \(input("start", l.pick("Startdatum (JJJJ-MM-DD)", "Start date (YYYY-MM-DD)"), request.start, type: "date", extra: " required"))
            <fieldset><legend>\(l.pick("Alleen deze vormen (leeg: alle)", "Only these formats (none: all)"))</legend><div class="likert">\(formatBoxes)</div>\(errors.message("format"))</fieldset>
            <p><button type="submit">\(l.pick("Maak het plan", "Make the plan"))</button></p>
            </form>
            """
        guard let path else { return form }
        return form + result(path, request: request, content: content, context: context, code: code)
    }

    static func result(
        _ path: LearningPath, request: PlanInput, content: ContentBundle, context: WebRequestContext, code: String
    ) -> HTML {
        let l = context.language
        let levels = path.levels.map { level -> HTML in
            let rows = level.steps.map { step -> HTML in
                let module = content.catalogue.module(step.moduleID)
                let location = step.bookings.map { booking in
                    booking.runID == nil
                        ? l.pick("zelfstudie", "self-paced") : "\(booking.location) (\(booking.people))"
                }
                .joined(separator: ", ")
                return
                    "<tr><td>\(module?.title[l] ?? step.moduleID)\(HTML(raw: step.isPrerequisiteOnly ? " <span class=\"muted\">(\(HTML.escape(l.pick("voorkennis", "prerequisite"))))</span>" : ""))</td><td>\(step.start.description) – \(step.end.description)</td><td>\(location)</td><td class=\"num\">\(LocalFormat.number(step.hoursPerPerson, decimals: 0, in: l))</td><td class=\"num\">\(LocalFormat.euros(step.cost, in: l))</td></tr>"
            }
            return """
                <h3>\(l.pick("Niveau", "Level")) \(level.number)</h3>
                <div class="scroll"><table><thead><tr><th scope="col">Module</th><th scope="col">\(l.pick("Wanneer", "When"))</th><th scope="col">\(l.pick("Waar", "Where"))</th><th scope="col" class="num">\(l.pick("Uren p.p.", "Hours pp"))</th><th scope="col" class="num">\(l.pick("Kosten", "Cost"))</th></tr></thead><tbody>\(rows)</tbody></table></div>
                """
        }
        let unmet = path.unmet.map { item -> HTML in
            "<li>\(content.catalogue.module(item.moduleID)?.title[l] ?? item.moduleID): \(item.reason.message(in: l))</li>"
        }
        let fields: [(String, String)] = [
            ("budget", request.budget), ("hours", request.hours), ("weeks", request.weeks),
            ("teamSize", request.teamSize),
            ("start", request.start),
        ]
        let hidden: [HTML] =
            fields.map { name, value -> HTML in "<input type=\"hidden\" name=\"\(name)\" value=\"\(value)\">" }
            + request.formats.map { value -> HTML in "<input type=\"hidden\" name=\"format\" value=\"\(value)\">" }
        let acceptForm: HTML =
            path.steps.isEmpty
            ? .empty
            : """
            <form method="post" action="/t/\(code)/plan">\(CSRF.field(context))\(hidden)<button type="submit" id="accept-plan">\(l.pick("Neem dit plan aan als leerpad", "Accept this plan as the learning path"))</button></form>
            """
        return """
            <section aria-labelledby="plan-heading" id="plan-result">
            <h2 id="plan-heading">\(l.pick("Het plan", "The plan"))</h2>
            <p>\(l.pick("Totaal", "Total")): \(LocalFormat.euros(path.totalCost, in: l)) · \(LocalFormat.number(path.totalHoursPerPerson, decimals: 0, in: l)) \(l.pick("uur per persoon", "hours per person")) · \(path.steps.count) modules</p>
            \(levels)
            \(unmet.isEmpty ? HTML.empty : "<h3>\(l.pick("Niet in het plan", "Not in the plan"))</h3><ul>\(unmet)</ul>")
            \(acceptForm)
            </section>
            """
    }
}
