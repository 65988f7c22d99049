import LeerpadApp
import LeerpadContent
import LeerpadCore

/// Renders recommendations for people: modules then use cases, each with why.
struct RecommendationTextRenderer {
    let language: Language

    func render(_ report: RecommendationReport) -> String {
        var lines = [language.text(.recommendationsFor(source: report.source)), ""]
        lines.append(language.text(.modulesMostImportantFirst))
        if report.modules.isEmpty { lines.append("  " + language.text(.noModulesNeeded)) }
        for (index, module) in report.modules.enumerated() {
            let cost = LocalFormat.euros(module.costPerPerson, in: language)
            let hours = language.text(
                .hours(LocalFormat.shortest(module.hoursPerPerson, maximumDecimals: 1, in: language)))
            lines.append(
                "\(index + 1). [P\(module.priority)] \(module.title) (\(module.module); \(ModuleFormat(rawValue: module.format).map { LocalFormat.format($0, in: language) } ?? module.format), \(hours), \(cost) p.p.)"
            )
            lines.append(contentsOf: reasonLines(module.reasons))
        }
        lines.append("")
        lines.append(language.text(.useCasesToTry))
        if report.useCases.isEmpty { lines.append("  " + language.text(.noUseCasesYet)) }
        for (index, useCase) in report.useCases.enumerated() {
            let demo = useCase.demo.map { " — demo: leerpad demo \($0)" } ?? ""
            lines.append("\(index + 1). [P\(useCase.priority)] \(useCase.title) (\(useCase.id)\(demo))")
            lines.append(contentsOf: reasonLines(useCase.reasons))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func reasonLines(_ reasons: [ReasonView]) -> [String] {
        reasons.map { reason in
            let evidence = reason.evidence.map { item in
                "\(item.metric)(\(item.target)) = "
                    + (item.value.map { LocalFormat.number($0, decimals: 2, in: language) } ?? "?")
            }
            return "     – \(reason.explanation) [\(reason.rule): \(evidence.joined(separator: ", "))]"
        }
    }
}
