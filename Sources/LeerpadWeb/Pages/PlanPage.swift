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
                "<p>\(l.page(.assessmentNeededFirst)) <a href=\"/t/\(code)/scan\">\(l.page(.fillInQuestionnaire))</a>.</p>"
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
            \(input("budget", l.page(.teamBudget), request.budget, extra: " inputmode=\"decimal\" required"))
            \(input("hours", l.page(.studyHours), request.hours, extra: " inputmode=\"decimal\" required"))
            \(input("weeks", l.page(.weeks), request.weeks, type: "number", extra: " min=\"\(PlanLimits.weeks.lowerBound)\" max=\"\(PlanLimits.weeks.upperBound)\" required"))
            \(input("teamSize", l.page(.participants), request.teamSize, type: "number", extra: " min=\"\(PlanLimits.teamSize.lowerBound)\" max=\"\(PlanLimits.teamSize.upperBound)\" required"))
            \(input("start", l.page(.startDate), request.start, type: "date", extra: " required"))
            <fieldset><legend>\(l.page(.onlyTheseFormats))</legend><div class="likert">\(formatBoxes)</div>\(errors.message("format"))</fieldset>
            <p><button type="submit">\(l.page(.makeThePlan))</button></p>
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
                        ? l.term(.selfPaced) : "\(booking.location) (\(booking.people))"
                }
                .joined(separator: ", ")
                return
                    "<tr><td>\(module?.title[l] ?? step.moduleID)\(HTML(raw: step.isPrerequisiteOnly ? " <span class=\"muted\">(\(HTML.escape(l.term(.prerequisite))))</span>" : ""))</td><td>\(step.start.description) – \(step.end.description)</td><td>\(location)</td><td class=\"num\">\(LocalFormat.number(step.hoursPerPerson, decimals: 0, in: l))</td><td class=\"num\">\(LocalFormat.euros(step.cost, in: l))</td></tr>"
            }
            return """
                <h3>\(l.term(.stage)) \(level.number)</h3>
                <div class="scroll"><table><thead><tr><th scope="col">\(l.term(.module))</th><th scope="col">\(l.page(.when))</th><th scope="col">\(l.page(.place))</th><th scope="col" class="num">\(l.page(.hoursPerPersonColumn))</th><th scope="col" class="num">\(l.page(.cost))</th></tr></thead><tbody>\(rows)</tbody></table></div>
                """
        }
        let unmet = path.unmet.map { item -> HTML in
            "<li>\(content.catalogue.title(of: item.moduleID, in: l)): \(item.reason.message(in: l))</li>"
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
            <form method="post" action="/t/\(code)/plan">\(CSRF.field(context))\(hidden)<button type="submit" id="accept-plan">\(l.page(.acceptPlan))</button></form>
            """
        return """
            <section aria-labelledby="plan-heading" id="plan-result">
            <h2 id="plan-heading">\(l.page(.thePlan))</h2>
            <p>\(l.page(.total)): \(LocalFormat.euros(path.totalCost, in: l)) · \(LocalFormat.number(path.totalHoursPerPerson, decimals: 0, in: l)) \(l.page(.hoursPerPerson)) · \(l.page(.moduleTotal(path.steps.count)))</p>
            \(levels)
            \(unmet.isEmpty ? HTML.empty : "<h3>\(l.page(.notInPlan))</h3><ul>\(unmet)</ul>")
            \(acceptForm)
            </section>
            """
    }
}
