import ArgumentParser
import Foundation
import LeerpadApp
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

    @OptionGroup var app: AppOptions

    @OptionGroup var output: OutputOptions

    @Option(help: "The team the answers belong to (with --save).")
    var team: String?

    @Flag(help: "Store the assessment for --team in the database.")
    var save = false

    @Option(help: "When the assessment was taken, ISO 8601 (default: now; with --save).")
    var at: String?

    func validate() throws {
        if save, team == nil { throw ValidationError("--save needs --team NAME") }
        if let at, InstantArgument.parse(at) == nil {
            throw ValidationError("--at '\(at)' is not an ISO 8601 date or date-time")
        }
    }

    func run() throws {
        let maturityModel = try app.content.loadModel()
        let (sheet, assessment) = try AnswerInput.assess(answers, model: maturityModel, language: output.language)
        if save, let team {
            let leerpad = try app.leerpad()
            try UseCase.run(output.language) { () throws(AppError) in
                _ = try leerpad.recordAssessment(
                    sheet.responses, for: try leerpad.team(named: team), source: answers,
                    takenAt: at.flatMap(InstantArgument.parse))
            }
        }
        let report = AssessmentReport(source: answers, assessment: assessment, model: maturityModel)
        switch output.format {
        case .text: print(AssessmentTextRenderer(language: output.language).render(report), terminator: "")
        case .json: print(try AssessmentJSONRenderer(language: output.language).render(report))
        }
    }
}
