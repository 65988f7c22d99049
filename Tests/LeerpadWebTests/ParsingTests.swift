import Foundation
import LeerpadContent
import LeerpadCore
import Testing

@testable import LeerpadWeb

@Suite("Parsing untrusted input")
struct ParsingTests {
    @Test(
        "Accept-Language headers",
        arguments: [
            (nil, Language.dutch), ("", .dutch), ("en", .english), ("en-GB,en;q=0.9", .english),
            ("nl-NL,nl;q=0.9,en;q=0.8", .dutch), ("de-DE,en;q=0.5", .english), ("fr, de", .dutch),
            ("nl;q=0.2, en;q=0.8", .english), ("en;q=0, nl", .dutch),
        ] as [(String?, Language)])
    func acceptLanguage(header: String?, expected: Language) {
        #expect(AcceptLanguage.preferred(header) == expected)
    }

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

    @Test("tokens are 64 hex digits, different each time, compared in constant time")
    func tokens() {
        let first = Tokens.make(.system())
        let second = Tokens.make(.system())
        #expect(Tokens.isWellFormed(first))
        #expect(first != second)
        #expect(Tokens.equal(first, first))
        #expect(!Tokens.equal(first, second))
        #expect(!Tokens.isWellFormed("x; Path=/"))
    }
}
