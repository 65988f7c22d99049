import DelimitedText
import Testing

@Suite("UTF-8 text")
struct UTF8TextTests {
    @Test("a byte-order mark is removed")
    func byteOrderMark() throws {
        #expect(try UTF8Text.decode([0xEF, 0xBB, 0xBF] + Array("a;b\n".utf8)) == "a;b\n")
        #expect(try UTF8Text.decode(Array("café".utf8)) == "café")
    }

    static let latin1: [UInt8] = Array("a\nb\ncaf".utf8) + [0xE9]
    static let strayByte: [UInt8] = Array("a\r\nb\r".utf8) + [0xFF]
    static let binary: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x0A, 0x00]

    @Test(
        "invalid bytes are reported with their line; a NUL byte first",
        arguments: [
            (latin1, UTF8TextError.invalidUTF8(line: 3)), (strayByte, .invalidUTF8(line: 3)),
            (binary, .nulCharacter(line: 3)),
        ])
    func invalid(bytes: [UInt8], error: UTF8TextError) {
        #expect(throws: error) { try UTF8Text.decode(bytes) }
    }
}
