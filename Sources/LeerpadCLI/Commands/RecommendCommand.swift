import ArgumentParser
import LeerpadApp
import LeerpadCore

/// `leerpad recommend ANSWERS.csv`: training modules and use cases for a team, with reasons.
struct RecommendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recommend",
        abstract: "Recommend training modules and data use cases for a team, and say why.",
        discussion:
            "Runs Content/rules.xml on the team's scores; every recommendation names the rules that fired and the numbers that made them fire."
    )

    @Argument(help: "The team's answers (CSV), as for 'leerpad assess'.")
    var answers: String

    @OptionGroup var contentOptions: ContentBundleOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let content = try contentOptions.bundle()
        let (_, assessment) = try AnswerInput.assess(answers, model: content.model, language: output.language)
        let report = RecommendationReport(
            source: answers, recommendations: Advisor(content: content).recommend(for: assessment), content: content,
            language: output.language)
        switch output.format {
        case .text: print(RecommendationTextRenderer(language: output.language).render(report), terminator: "")
        case .json: print(try JSONOutput.encode(report))
        }
    }
}
