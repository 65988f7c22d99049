import ArgumentParser
import Foundation
import LeerpadContent
import LeerpadCore

/// `leerpad assess ANSWERS.csv`: score a team's questionnaire answers.
struct AssessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assess",
        abstract: "Score a team's questionnaire answers (CSV) per subdimension and dimension.",
        discussion: """
            ANSWERS.csv: a header with respondent, optional team and role, then one column per \
            statement id (quickscan q01…q17, full scan f01a…); values 1–5, empty or 'weet niet'. \
            Comma or semicolon separated; Dutch Excel's CSV UTF-8 works as it is.
            """
    )

    @Argument(help: "The answers, one row per respondent.")
    var answers: String

    @OptionGroup var contentOptions: ContentOptions

    @OptionGroup var output: OutputOptions

    func run() throws {
        let maturityModel = try contentOptions.loadModel()
        let (_, assessment) = try AnswerInput.assess(answers, model: maturityModel, language: output.language)
        let report = AssessmentReport(source: answers, assessment: assessment, model: maturityModel)
        switch output.format {
        case .text: print(AssessmentTextRenderer(language: output.language).render(report), terminator: "")
        case .json: print(try AssessmentJSONRenderer(language: output.language).render(report))
        }
    }
}
