import LeerpadApp
import LeerpadCore

/// Renders an assessment as a readable table: dimensions with their subdimensions, a bar
/// per score, level, respondents, "weet niet" share and spread, then the weakest.
public struct AssessmentTextRenderer: Sendable {
    /// The language of labels and numbers.
    public var language: Language
    /// The width of a full bar (score 5).
    public var barWidth = 20
    /// The width of the name column.
    public var nameWidth = 44

    /// Creates a renderer for `language`.
    public init(language: Language) {
        self.language = language
    }

    /// The whole report, ending in a newline.
    public func render(_ report: AssessmentReport) -> String {
        let assessment = report.assessment
        let model = report.model
        var lines: [String] = []
        lines.append("\(language.text(.scan)): \(report.source)")
        var facts = ["\(assessment.respondents) \(language.text(.respondents))"]
        if !assessment.teams.isEmpty {
            facts.insert("\(language.text(.team)): \(assessment.teams.joined(separator: ", "))", at: 0)
        }
        let questionnaires = assessment.questionnaireIDs.compactMap { id in
            model.questionnaires.first { $0.id == id }?.name[language]
        }
        facts.append("\(language.text(.questionnaire)): \(questionnaires.joined(separator: " + "))")
        lines.append(facts.joined(separator: " · "))
        lines.append("")
        lines.append(
            pad(language.text(.subdimensionColumn), nameWidth + 4) + " " + pad(language.text(.scoreColumn), 5) + " "
                + pad("", barWidth) + "  " + pad(language.text(.maturityLevel), 18) + " n   "
                + pad(language.text(.dontKnowColumn), 11) + language.text(.spread))

        for dimension in model.dimensions {
            guard let score = assessment.dimension(dimension.id) else { continue }
            lines.append("")
            lines.append(
                row(
                    label: "\(dimension.code)  \(dimension.name[language])", indent: 0, score: score.score,
                    level: score.level, report: report, respondents: score.respondents,
                    dontKnowShare: score.dontKnowShare, spread: score.spread, disputed: score.isDisputed))
            for id in dimension.subdimensionIDs {
                guard let subdimension = model.subdimension(id), let score = assessment.subdimension(id) else {
                    continue
                }
                lines.append(
                    row(
                        label: "\(subdimension.number). \(subdimension.name[language])", indent: 3,
                        score: score.score, level: score.level, report: report, respondents: score.respondents,
                        dontKnowShare: score.dontKnowShare, spread: score.spread, disputed: score.isDisputed))
            }
        }

        lines.append("")
        let weakest = assessment.weakest.prefix(3).compactMap { id -> String? in
            guard let subdimension = model.subdimension(id), let score = assessment.subdimension(id)?.score else {
                return nil
            }
            return
                "\(subdimension.number). \(subdimension.name[language]) (\(LocalFormat.number(score, in: language)))"
        }
        lines.append(
            "\(language.text(.weakestSubdimensions)): \(weakest.isEmpty ? "–" : weakest.joined(separator: "; "))")
        let disputed = assessment.subdimensions.filter(\.isDisputed).compactMap {
            model.subdimension($0.subdimensionID)
        }
        if !disputed.isEmpty {
            let threshold = LocalFormat.number(model.disagreementSpread, in: language)
            lines.append(
                "\(language.text(.disagreement)) (\(language.text(.spread)) ≥ \(threshold)): "
                    + disputed.map { "\($0.number). \($0.name[language])" }.joined(separator: "; "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func row(
        label: String, indent: Int, score: Double?, level: Int?, report: AssessmentReport, respondents: Int,
        dontKnowShare: Double, spread: Double, disputed: Bool
    ) -> String {
        let name = pad(String(repeating: " ", count: indent) + label, nameWidth + 4)
        guard let score else {
            return name + " " + pad("–", 5) + " " + language.text(.noAnswers)
        }
        let filled = Int(((score - 1) / 4 * Double(barWidth)).rounded())
        let bar =
            String(repeating: "█", count: max(0, min(barWidth, filled)))
            + String(repeating: "░", count: max(0, barWidth - filled))
        let levelText = pad("\(level ?? 0) \(report.levelName(level, in: language))", 18)
        return name + " " + pad(LocalFormat.number(score, in: language), 5) + " " + bar + "  " + levelText
            + " " + pad("\(respondents)", 3) + " " + pad(LocalFormat.percent(dontKnowShare), 11)
            + LocalFormat.number(spread, in: language) + (disputed ? " !" : "")
    }

    private func pad(_ text: String, _ width: Int) -> String {
        let count = text.count
        if count > width { return String(text.prefix(width - 1)) + "…" }
        return text + String(repeating: " ", count: width - count)
    }
}
