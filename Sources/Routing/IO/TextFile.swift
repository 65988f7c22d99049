import Foundation

/// Reads whole text files for the parsers, which themselves work on strings.
public enum TextFile {
    /// The UTF-8 contents of `path`, with a byte-order mark removed.
    /// - Throws: ``RoutingInputError/unreadable(file:reason:)``.
    public static func read(_ path: String) throws(RoutingInputError) -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            let reason = !exists ? "no such file" : (isDirectory.boolValue ? "is a directory" : "permission denied")
            throw .unreadable(file: path, reason: reason)
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw .unreadable(file: path, reason: "not UTF-8 text")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }

    /// Splits text into lines, accepting LF, CRLF and CR line ends.
    public static func lines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    }
}
