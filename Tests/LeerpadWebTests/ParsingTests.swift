import Foundation
import LeerpadContent
import LeerpadCore
import Testing

@testable import LeerpadWeb

@Suite("Parsing untrusted input")
struct ParsingTests {
    @Test("form bodies: plus as space, percent escapes, repeated names; bad escapes refused")
    func forms() throws {
        let form = try FormData(urlEncoded: "a=1+2&b=%C3%A9&f=x&f=y&empty=&flag"[...])
        #expect(form["a"] == "1 2")
        #expect(form["b"] == "é")
        #expect(form.all("f") == ["x", "y"])
        #expect(form["empty"] == "")
        #expect(form["flag"] == "")
        #expect(throws: WebError.self) { try FormData(urlEncoded: "a=%ZZ"[...]) }
    }

    @Test("multipart: parts with names and file names; a body without boundary or end is refused")
    func multipart() throws {
        let body =
            "--XYZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc\r\n--XYZ\r\nContent-Disposition: form-data; name=\"catalogue\"; filename=\"c.xml\"\r\n\r\n<a/>\r\n--XYZ--\r\n"
        let parts = try Multipart.parse(Data(body.utf8), contentType: "multipart/form-data; boundary=XYZ")
        #expect(parts.map(\.name) == ["csrf", "catalogue"])
        #expect(parts[1].fileName == "c.xml")
        #expect(String(decoding: parts[1].data, as: UTF8.self) == "<a/>")
        #expect(throws: WebError.self) { try Multipart.parse(Data(body.utf8), contentType: "multipart/form-data") }
        #expect(throws: WebError.self) {
            try Multipart.parse(
                Data("--XYZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nno end".utf8),
                contentType: "multipart/form-data; boundary=XYZ")
        }
    }

    @Test("a draft cookie keeps only the questionnaire's statements and valid answers")
    func draft() throws {
        let model = try ContentDirectory.locate().loadModel()
        let quickscan = try #require(model.questionnaires.first { $0.id == "quickscan" })
        let draft = QuestionnaireDraft(
            cookie: "quickscan|q01:3|q02:x|q03:9|f01a:2|zz:1|q04:<b>", questionnaire: quickscan)
        #expect(draft.answers == ["q01": .likert(3), "q02": .dontKnow])
        #expect(draft.cookie == "quickscan|q01:3|q02:x")
        #expect(QuestionnaireDraft(cookie: "full|q01:3", questionnaire: quickscan).answers.isEmpty)
        #expect(
            QuestionnaireDraft(cookie: String(repeating: "q", count: 5000), questionnaire: quickscan).answers.isEmpty)
    }

    @Test("tokens are 64 hex digits, different each time, compared in constant time")
    func tokens() {
        let first = Tokens.make()
        let second = Tokens.make()
        #expect(Tokens.isWellFormed(first))
        #expect(first != second)
        #expect(Tokens.equal(first, first))
        #expect(!Tokens.equal(first, second))
        #expect(!Tokens.isWellFormed("x; Path=/"))
    }

    @Test("CSV cells defuse formulas and quote separators")
    func csvCells() {
        #expect(Exports.cell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
        #expect(Exports.cell("-1,5") == "'-1,5")
        #expect(Exports.cell("-3") == "-3")
        #expect(Exports.cell("a;b") == "\"a;b\"")
    }
}
