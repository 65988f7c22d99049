import Foundation
import LeerpadApp
import LeerpadCore

/// The JSON shapes the API reads (see `/openapi.json`); what it writes are the views of
/// `LeerpadApp`, the same the command line prints with `--format json`.
enum APIModels {
    /// The body of `POST /api/coordinator/progress`.
    struct RecordRequest: Decodable {
        var team: String
        var activity: String
        var item: String
        var score: Double?
    }

    /// The body of `POST /api/rounds`.
    struct OpenRoundRequest: Decodable {
        var team: String
        var instrument: String
        var closes: String?
        var minimum: Int?
    }

    /// The body of `POST /api/r/{token}/responses`: an optional role and every answer, each a
    /// whole number 1–5 or the text `"weet niet"`.
    struct ResponseRequest {
        var role: String?
        var answers: [String: Answer]

        /// Reads the body; a malformed body is 400, a bad answer 422 naming `answers.{id}`.
        static func decode(_ data: Data, language: Language) throws(WebError) -> ResponseRequest {
            let raw: Raw
            do {
                raw = try JSONDecoder().decode(Raw.self, from: data)
            } catch {
                throw WebError.badRequest(language.message(.unreadableData), field: "body")
            }
            var answers: [String: Answer] = [:]
            for key in raw.answers.keys.sorted() {
                switch raw.answers[key]! {
                case .number(let value) where Answer.likertRange.contains(value): answers[key] = .likert(value)
                case .text(let text) where ["weet niet", "x"].contains(text.lowercased()): answers[key] = .dontKnow
                case .number(let value):
                    throw WebError(
                        .unprocessableContent, RoundText.invalidAnswerValue(key, value: String(value)).text(language),
                        field: "answers.\(key)")
                case .text(let text):
                    throw WebError(
                        .unprocessableContent,
                        RoundText.invalidAnswerValue(key, value: String(text.prefix(20))).text(language),
                        field: "answers.\(key)")
                case .other:
                    throw WebError(
                        .unprocessableContent, RoundText.invalidAnswerValue(key, value: "?").text(language),
                        field: "answers.\(key)")
                }
            }
            return ResponseRequest(role: raw.role, answers: answers)
        }

        private struct Raw: Decodable {
            var role: String?
            var answers: [String: Value]
        }

        private enum Value: Decodable {
            case number(Int)
            case text(String)
            case other

            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let number = try? container.decode(Int.self) {
                    self = .number(number)
                } else if let text = try? container.decode(String.self) {
                    self = .text(text)
                } else {
                    self = .other
                }
            }
        }
    }

    /// The answer of `POST /api/r/{token}/responses`.
    struct ResponseAccepted: Encodable {
        var round: Int64
        var responses: Int
        var teamSize: Int
    }
}
