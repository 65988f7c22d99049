import Foundation
import LeerpadContent
import LeerpadCore
import Testing

@Suite("Reading answer sheets")
struct AnswerSheetReaderTests {
    let reader = AnswerSheetReader(model: TestPaths.model)

    func read(_ name: String) throws(AnswerSheetError) -> AnswerSheet {
        try reader.read(contentsOf: TestPaths.fixture("answers/\(name)"))
    }

    @Test("comma-separated with a quoted role")
    func commaSeparated() throws {
        let sheet = try read("comma.csv")
        #expect(sheet.separator == ",")
        #expect(sheet.statementIDs == ["q01", "q02", "q03"])
        #expect(sheet.responses.map(\.respondent) == ["R01", "R02"])
        #expect(sheet.responses[1].role == "data-analist, BI")
        #expect(sheet.responses[0].answers == ["q01": .likert(4), "q02": .likert(5), "q03": .dontKnow])
        // R02 left q02 empty within a questionnaire they answered: "weet niet".
        #expect(sheet.responses[1].answers == ["q01": .likert(2), "q02": .dontKnow, "q03": .likert(3)])
    }

    @Test("Dutch Excel: semicolons, byte-order mark, CRLF, quotes and Likert labels")
    func dutchExcel() throws {
        let sheet = try read("excel-semicolon.csv")
        #expect(sheet.separator == ";")
        #expect(sheet.responses.map(\.team) == ["Team; Zorg", "Team; Zorg"])
        #expect(sheet.responses[1].role == "medewerker \"front office\"")
        #expect(sheet.responses[0].answers == ["q01": .likert(4), "q02": .likert(5), "q03": .dontKnow])
        #expect(sheet.responses[1].answers == ["q01": .likert(2), "q02": .likert(2), "q03": .likert(3)])
    }

    @Test("an empty cell is 'weet niet' only within a questionnaire the respondent answered")
    func mixedQuestionnaires() throws {
        let sheet = try read("mixed-questionnaires.csv")
        #expect(sheet.responses[0].answers == ["q01": .likert(4), "q02": .dontKnow])
        #expect(sheet.responses[1].answers == ["f01a": .likert(2), "f01b": .dontKnow, "f01c": .dontKnow])
        #expect(sheet.responses[2].answers.isEmpty)
    }

    @Test(
        "malformed sheets give one message with file, line and column",
        arguments: [
            ("separator-mix.csv", "separator-mix.csv:3:0: ", "1 velden, de kopregel heeft er 3"),
            ("value-seven.csv", "value-seven.csv:3:2: ", "'7'"),
            ("unknown-column.csv", "unknown-column.csv:1:3: ", "'q99'"),
            ("empty.csv", "empty.csv: ", "leeg"),
            ("binary.csv", "binary.csv:3:0: ", "UTF-8"),
            ("latin1.csv", "latin1.csv:3:0: ", "UTF-8"),
            ("no-respondent.csv", "no-respondent.csv:1:0: ", "'respondent'"),
            ("no-statement.csv", "no-statement.csv:1:0: ", "geen enkele stelling"),
            ("duplicate-respondent.csv", "duplicate-respondent.csv:3:1: ", "regel 2"),
            ("unterminated-quote.csv", "unterminated-quote.csv:2:0: ", "aanhalingsteken"),
        ])
    func malformed(file: String, location: String, words: String) throws {
        do {
            _ = try read(file)
            Issue.record("\(file) was accepted")
        } catch {
            let message = error.message(in: .dutch)
            #expect(message.hasPrefix(TestPaths.fixture("answers").path + "/" + location), "\(message)")
            #expect(message.contains(words), "\(message)")
            #expect(!message.contains("\n"))
            #expect(error.message(in: .english) != message)
        }
    }

    @Test("an oversized sheet is refused")
    func oversized() throws {
        let small = AnswerSheetReader(model: TestPaths.model, maximumBytes: 10)
        #expect(throws: AnswerSheetError.tooLarge(file: "big.csv", bytes: 24, limit: 10)) {
            try small.read(data: Data("respondent,q01\nR01,4\nR2,".utf8), fileName: "big.csv")
        }
    }
}
