import ArgumentParser
import Foundation
import LeerpadContent
import LeerpadCore

/// Reads an answer sheet and scores it, turning a bad sheet into one clear message.
enum AnswerInput {
    /// The sheet at `path`, scored against `model`.
    static func assess(_ path: String, model: MaturityModel, language: Language) throws -> (AnswerSheet, Assessment) {
        do {
            let sheet = try AnswerSheetReader(model: model).read(contentsOf: URL(fileURLWithPath: path))
            return (sheet, AssessmentScoring.score(sheet.responses, model: model))
        } catch {
            printError(error.message(in: language))
            throw ExitCode.failure
        }
    }
}
