/// Why bytes are not UTF-8 text. Lines are 1-based and counted over LF, CRLF and CR.
public enum UTF8TextError: Error, Equatable, Sendable {
    /// The bytes contain a NUL byte, so they are binary data rather than text.
    case nulCharacter(line: Int)
    /// The bytes are not valid UTF-8 (another encoding such as Latin-1, or binary data).
    case invalidUTF8(line: Int)

    /// The line the problem is on.
    public var line: Int {
        switch self {
        case .nulCharacter(let line), .invalidUTF8(let line): line
        }
    }
}
