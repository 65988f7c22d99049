import ArgumentParser
import Foundation
import LeerpadApp
import LeerpadContent
import LeerpadCore

/// Reads an answer sheet and scores it, turning a bad sheet into one clear message.
enum AnswerInput {
    /// The sheet at `path`, scored against `model`; a sheet without one answered statement is refused.
    static func assess(_ path: String, model: MaturityModel, language: Language) throws -> (AnswerSheet, Assessment) {
        let sheet: AnswerSheet
        do {
            sheet = try AnswerSheetReader(model: model).read(contentsOf: URL(fileURLWithPath: path))
        } catch {
            printError(error.message(in: language))
            throw ExitCode.failure
        }
        guard sheet.responses.containAnAnswer else {
            printError(AppError.emptyAssessment(source: path).message(in: language))
            throw ExitCode.failure
        }
        return (sheet, AssessmentScoring.score(sheet.responses, model: model))
    }
}
