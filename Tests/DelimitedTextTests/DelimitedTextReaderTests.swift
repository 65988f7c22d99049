import DelimitedText
import Testing

@Suite("Delimited text reader")
struct DelimitedTextReaderTests {
    @Test(
        "the separator comes from the header record, outside quotes",
        arguments: [
            ("a,b,c\n1;2;3;4\n", FieldSeparator.comma),
            ("a;b;c\n1,2,3,4\n", .semicolon),
            ("\"a;b\",c\n1,2\n", .comma),
            ("\"x;y;z\";b;c\n", .semicolon),
            ("\u{FEFF}a;b\n", .semicolon),
            ("\n  \na;b\n", .semicolon),
            ("\"multi\nline;;;\",b\n", .comma),
            ("single\n1;2\n", .comma),
            ("", .comma),
        ])
    func detectsSeparator(text: String, expected: FieldSeparator) throws {
        #expect(FieldSeparator.detect(inHeaderOf: text) == expected)
        #expect(try DelimitedTextReader.read(text).separator == expected)
    }

    @Test("a byte-order mark is not part of the first field")
    func byteOrderMark() throws {
        let table = try DelimitedTextReader.read("\u{FEFF}id;name\r\n1;a\r\n")
        #expect(table.records.map(\.values) == [["id", "name"], ["1", "a"]])
    }

    @Test("LF, CRLF and CR line ends give the same records and line numbers", arguments: ["\n", "\r\n", "\r"])
    func lineEnds(end: String) throws {
        let table = try DelimitedTextReader.read("a,b" + end + "1,2" + end + end + "3,4" + end)
        #expect(table.records.map(\.values) == [["a", "b"], ["1", "2"], ["3", "4"]])
        #expect(table.records.map(\.line) == [1, 2, 4])
    }

    @Test("a quoted line break stays in its field and later line numbers stay right")
    func quotedLineBreak() throws {
        let text = "id,name,x\r\n1,\"Kerk\r\nstraat\",3\r\n2,\"a\nb\nc\",4\n3,plain,5"
        let table = try DelimitedTextReader.read(text)
        #expect(
            table.records.map(\.values) == [
                ["id", "name", "x"], ["1", "Kerk\r\nstraat", "3"], ["2", "a\nb\nc", "4"], ["3", "plain", "5"],
            ])
        #expect(table.records.map(\.line) == [1, 2, 4, 7])
        let second = table.records[1].fields
        #expect(second.map(\.column) == [1, 2, 3])
        #expect(second.map(\.line) == [2, 2, 3])
        #expect(second.map(\.isQuoted) == [false, true, false])
    }

    @Test("doubled quotes inside quotes are one quote; separators inside quotes are text")
    func doubledQuotes() throws {
        let table = try DelimitedTextReader.read(
            "a;b\n\"say \"\"hi\"\"\";\"x; y\"\n\"\";\"\"\"\"\n", separator: .semicolon)
        #expect(table.records.map(\.values) == [["a", "b"], ["say \"hi\"", "x; y"], ["", "\""]])
    }

    @Test("spaces around quotes are ignored; a quote inside an unquoted field is text")
    func spacesAndStrayQuotes() throws {
        let table = try DelimitedTextReader.read("a, \"b, c\" ,d\"e\n", separator: .comma)
        #expect(table.records.map(\.values) == [["a", "b, c", "d\"e"]])
        #expect(table.records[0].fields[0].trimmedValue == "a")
    }

    @Test("blank lines are skipped but a quoted empty field is a record")
    func blankLines() throws {
        let table = try DelimitedTextReader.read("\n \t\na\n\n\"\"\nb,\n")
        #expect(table.records.map(\.values) == [["a"], [""], ["b", ""]])
        #expect(table.records.map(\.line) == [3, 5, 6])
    }

    @Test(
        "malformed quoting is reported with line and column",
        arguments: [
            ("a,b\n1,\"open\n2,3\n", DelimitedTextError.unterminatedQuote(line: 2, column: 2)),
            ("a,b\n1,\"x\ny\",\"open\n", .unterminatedQuote(line: 3, column: 3)),
            ("a,b\n\"x\"y,2\n", .textAfterClosingQuote(line: 2, column: 1)),
            ("a,\"b\nc\" d\n", .textAfterClosingQuote(line: 2, column: 2)),
        ])
    func malformed(text: String, error: DelimitedTextError) {
        #expect(throws: error) { try DelimitedTextReader.read(text) }
        #expect(error.reason.isEmpty == false)
    }
}
