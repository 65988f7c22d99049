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

    @Option(help: "A model file to use instead of Content/model.xml.")
    var model: String?

    @Option(help: "The Content directory (default: ./Content or LEERPAD_CONTENT).")
    var content: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let directory = try ContentLocation.directory(content)
        let maturityModel: MaturityModel
        do {
            maturityModel = try directory.loadModel(from: model.map { URL(fileURLWithPath: $0) })
        } catch {
            printError(error.errorDescription ?? "\(error)")
            throw ExitCode.failure
        }
        let sheet: AnswerSheet
        do {
            sheet = try AnswerSheetReader(model: maturityModel).read(contentsOf: URL(fileURLWithPath: answers))
        } catch {
            printError(error.message(in: output.language))
            throw ExitCode.failure
        }
        let assessment = AssessmentScoring.score(sheet.responses, model: maturityModel)
        let report = AssessmentReport(source: answers, assessment: assessment, model: maturityModel)
        switch output.format {
        case .text: print(AssessmentTextRenderer(language: output.language).render(report), terminator: "")
        case .json: print(try AssessmentJSONRenderer(language: output.language).render(report))
        }
    }
}
