/// Decodes bytes that must be UTF-8 text, reporting the line of the first problem.
public enum UTF8Text {
    /// The text in `bytes`, without a leading UTF-8 byte-order mark.
    /// - Throws: ``UTF8TextError/nulCharacter(line:)`` for the first NUL byte, which is checked
    ///   before the encoding so that binary files are reported as such;
    ///   ``UTF8TextError/invalidUTF8(line:)`` for the first byte sequence that is not UTF-8.
    /// - Complexity: O(number of bytes).
    public static func decode(_ bytes: some Collection<UInt8>) throws(UTF8TextError) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var lines = LineCounter()
        for byte in body {
            if byte == 0 { throw .nulCharacter(line: lines.line) }
            lines.count(byte)
        }
        lines = LineCounter()
        var iterator = body.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1 { lines.count(encoded.first!) }
            case .error:
                throw .invalidUTF8(line: lines.line)
            case .emptyInput:
                return String(decoding: body, as: UTF8.self)
            }
        }
    }

    /// Counts lines over LF, CRLF and CR line ends, one byte at a time.
    private struct LineCounter {
        var line = 1
        var afterCR = false

        mutating func count(_ byte: UInt8) {
            if byte == 0x0A {
                if !afterCR { line += 1 }
            } else if byte == 0x0D {
                line += 1
            }
            afterCR = byte == 0x0D
        }
    }
}
