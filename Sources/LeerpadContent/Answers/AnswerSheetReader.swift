import DelimitedText
import Foundation
import LeerpadCore

/// Reads questionnaire answers exported by survey tools (Microsoft Forms, LimeSurvey, Excel).
///
/// The format: a header row with `respondent`, optionally `team` and `role`, then one
/// column per statement id of the model; one row per respondent. Dutch Excel's dialect is
/// understood: `;` or `,` separators, a UTF-8 byte-order mark, quoted fields and CRLF.
///
/// Answers are 1–5 (or the Likert labels, e.g. "helemaal eens"), `weet niet` for don't
/// know, or empty. An empty cell counts as "weet niet" when the respondent answered other
/// statements of the same questionnaire, and as not asked otherwise, so that a file mixing
/// quickscan and full-scan respondents scores each on what they filled in.
public struct AnswerSheetReader: Sendable {
    /// The default size limit: 10 MiB, far above any team's answers.
    public static let defaultMaximumBytes = 10 << 20

    /// The model whose statements the columns must name.
    public var model: MaturityModel
    /// The largest file accepted, in bytes.
    public var maximumBytes: Int

    /// Creates a reader for answers to `model`.
    public init(model: MaturityModel, maximumBytes: Int = AnswerSheetReader.defaultMaximumBytes) {
        self.model = model
        self.maximumBytes = maximumBytes
    }

    /// Reads the answer sheet at `url`.
    public func read(contentsOf url: URL) throws(AnswerSheetError) -> AnswerSheet {
        let data: Data
        guard FileManager.default.fileExists(atPath: url.path) else { throw .notFound(file: url.relativePath) }
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadable(file: url.relativePath, reason: SafeXMLReader.reason(error))
        }
        return try read(data: data, fileName: url.relativePath)
    }

    /// Reads an answer sheet from `data`; `fileName` names it in errors.
    public func read(data: Data, fileName file: String) throws(AnswerSheetError) -> AnswerSheet {
        guard data.count <= maximumBytes else { throw .tooLarge(file: file, bytes: data.count, limit: maximumBytes) }
        let text: String
        do {
            text = try UTF8Text.decode(data)
        } catch {
            throw .notText(file: file, line: error.line)
        }
        guard text.contains(where: { !$0.isWhitespace }) else { throw .empty(file: file) }

        let table: DelimitedTable
        do {
            table = try DelimitedTextReader.read(text)
        } catch {
            switch error {
            case .unterminatedQuote(let line, _): throw .unterminatedQuote(file: file, line: line)
            case .textAfterClosingQuote(let line, let column):
                throw .textAfterQuote(file: file, line: line, column: column)
            }
        }
        let separator = table.separator.character
        let records = table.records
        guard let header = records.first else { throw .empty(file: file) }
        let columns = try interpret(header, file: file)
        let rows = records.dropFirst()

        var responses: [Response] = []
        var firstLineOf: [String: Int] = [:]
        for record in rows {
            guard record.fields.count == header.fields.count else {
                throw .fieldCount(
                    file: file, line: record.line, expected: header.fields.count,
                    found: record.fields.count, separator: separator)
            }
            if record.values.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            let response = try response(from: record, columns: columns, file: file)
            if let first = firstLineOf[response.respondent] {
                throw .duplicateRespondent(
                    file: file, line: record.line, respondent: response.respondent, firstLine: first)
            }
            firstLineOf[response.respondent] = record.line
            responses.append(response)
        }
        return AnswerSheet(
            file: file, responses: responses,
            statementIDs: columns.statements.map(\.statement.id), separator: separator)
    }

    // MARK: - Header

    private struct Columns {
        var respondent: Int
        var team: Int?
        var role: Int?
        var statements: [(index: Int, statement: Statement, questionnaireID: String)]
    }

    private func interpret(_ header: DelimitedRecord, file: String) throws(AnswerSheetError) -> Columns {
        var respondent: Int?
        var team: Int?
        var role: Int?
        var statements: [(index: Int, statement: Statement, questionnaireID: String)] = []
        var seen: Set<String> = []
        let questionnaireOf = Dictionary(
            model.questionnaires.flatMap { questionnaire in questionnaire.statements.map { ($0.id, questionnaire.id) }
            },
            uniquingKeysWith: { first, _ in first })
        let names = header.values.map { $0.trimmingCharacters(in: .whitespaces) }
        guard names.contains(where: { $0.lowercased() == "respondent" }) else {
            throw .missingColumn(file: file, name: "respondent")
        }
        for (index, name) in names.enumerated() {
            let key = name.lowercased()
            guard seen.insert(key).inserted else {
                throw .duplicateColumn(file: file, column: index + 1, name: name)
            }
            switch key {
            case "respondent": respondent = index
            case "team": team = index
            case "role": role = index
            default:
                guard let statement = model.statement(key) ?? model.statement(name),
                    let questionnaireID = questionnaireOf[statement.id]
                else { throw .unknownColumn(file: file, column: index + 1, name: name) }
                statements.append((index, statement, questionnaireID))
            }
        }
        guard let respondent, !statements.isEmpty else { throw .noKnownStatement(file: file) }
        return Columns(respondent: respondent, team: team, role: role, statements: statements)
    }

    // MARK: - Rows

    private func response(from record: DelimitedRecord, columns: Columns, file: String) throws(AnswerSheetError)
        -> Response
    {
        func field(_ index: Int?) -> String? {
            guard let index else { return nil }
            let value = record.fields[index].value.trimmingCharacters(in: .whitespaces)
            return value.isEmpty ? nil : value
        }
        guard let respondent = field(columns.respondent) else {
            throw .missingRespondent(file: file, line: record.line)
        }
        var answers: [String: Answer] = [:]
        var blanks: [(statementID: String, questionnaireID: String)] = []
        var answeredQuestionnaires: Set<String> = []
        for column in columns.statements {
            let raw = record.fields[column.index].value.trimmingCharacters(in: .whitespaces)
            if raw.isEmpty {
                blanks.append((column.statement.id, column.questionnaireID))
                continue
            }
            guard let answer = LikertVocabulary.answer(for: raw) else {
                throw .invalidAnswer(
                    file: file, line: record.line, column: column.index + 1,
                    statement: column.statement.id, value: raw)
            }
            answers[column.statement.id] = answer
            answeredQuestionnaires.insert(column.questionnaireID)
        }
        for blank in blanks where answeredQuestionnaires.contains(blank.questionnaireID) {
            answers[blank.statementID] = .dontKnow
        }
        return Response(respondent: respondent, team: field(columns.team), role: field(columns.role), answers: answers)
    }
}
