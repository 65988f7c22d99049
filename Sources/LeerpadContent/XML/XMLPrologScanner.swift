import Foundation

/// Checks the prolog of an XML file — everything before the root element — without
/// parsing it, so a streaming parser never sees a document type declaration.
///
/// Reads the file in 64 KiB chunks (memory does not grow with a long prolog) and accepts
/// only an optional UTF-8 byte-order mark, white space, the XML declaration, processing
/// instructions and comments. `<!DOCTYPE` (or any other `<!` declaration) is rejected
/// with its line and column; UTF-16 and UTF-32 files are rejected, since the streaming
/// reader is told the input is UTF-8 and a byte scan must see what the parser sees.
struct XMLPrologScanner {
    private let handle: FileHandle
    private var chunk: [UInt8] = []
    private var index = 0
    private var line = 1
    private var column = 0

    /// Scans the file at `url`; `fileName` names it in diagnostics.
    static func check(_ url: URL, fileName: String) throws(ContentError) {
        let handle = try SafeXMLReader.handle(reading: url, fileName: fileName)
        defer { try? handle.close() }
        var scanner = XMLPrologScanner(handle: handle)
        if let message = scanner.problem() {
            throw .invalid([
                XMLDiagnostic(file: fileName, line: scanner.line, column: max(scanner.column, 1), message: message)
            ])
        }
    }

    /// What is said of an empty file, in tree and stream mode alike.
    static let emptyMessage = "is empty"
    /// What is said of a UTF-16 or UTF-32 file, in tree and stream mode alike.
    static let wideEncodingMessage = "is not UTF-8 (UTF-16 and UTF-32 files are not accepted)"

    /// Whether a file starting with `first` is UTF-16 or UTF-32 (a byte-order mark or a zero byte).
    static func isWideEncoding(first: UInt8) -> Bool { first == 0xFE || first == 0xFF || first == 0x00 }

    /// The problem the prolog scan reports before parsing for a document held in memory: empty or not UTF-8.
    static func problem(in data: Data) -> String? {
        guard let first = data.first else { return emptyMessage }
        return isWideEncoding(first: first) ? wideEncodingMessage : nil
    }

    private init(handle: FileHandle) {
        self.handle = handle
    }

    /// What is wrong with the prolog, or `nil` when the root element is reached (or the
    /// file ends, or something the parser itself will report comes first).
    private mutating func problem() -> String? {
        guard let first = peek() else { return Self.emptyMessage }
        if Self.isWideEncoding(first: first) { return Self.wideEncodingMessage }
        if first == 0xEF {
            for expected: UInt8 in [0xEF, 0xBB, 0xBF] where next() != expected {
                return "starts with an incomplete byte-order mark"
            }
            column = 0
        }
        while let byte = next() {
            switch byte {
            case 0x20, 0x09, 0x0D, 0x0A:
                continue
            case UInt8(ascii: "<"):
                let markerLine = line
                let markerColumn = column
                switch peek() {
                case UInt8(ascii: "?"):
                    guard skip(past: Array("?>".utf8)) else { return nil }
                case UInt8(ascii: "!"):
                    _ = next()
                    if peek() == UInt8(ascii: "-") {
                        _ = next()
                        guard next() == UInt8(ascii: "-"), skip(past: Array("-->".utf8)) else { return nil }
                    } else {
                        line = markerLine
                        column = markerColumn
                        return "has a document type declaration (<!DOCTYPE …>); DTDs and entities are not allowed"
                    }
                default:
                    return nil
                }
            default:
                return nil
            }
        }
        return nil
    }

    /// Advances past the next occurrence of `terminator`; `false` at the end of the file.
    private mutating func skip(past terminator: [UInt8]) -> Bool {
        var matched = 0
        while let byte = next() {
            if byte == terminator[matched] {
                matched += 1
                if matched == terminator.count { return true }
            } else {
                matched = byte == terminator[0] ? 1 : 0
            }
        }
        return false
    }

    private mutating func peek() -> UInt8? {
        if index >= chunk.count {
            guard let data = try? handle.read(upToCount: 1 << 16), !data.isEmpty else { return nil }
            chunk = [UInt8](data)
            index = 0
        }
        return chunk[index]
    }

    private mutating func next() -> UInt8? {
        guard let byte = peek() else { return nil }
        index += 1
        if byte == 0x0A {
            line += 1
            column = 0
        } else if byte & 0xC0 != 0x80 {
            column += 1
        }
        return byte
    }
}
