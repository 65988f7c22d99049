import Foundation

/// Why a Content file, catalogue or answer sheet could not be read.
public enum ContentError: Error, LocalizedError, Sendable, Equatable {
    /// The file could not be opened or read.
    case unreadable(file: String, reason: String)
    /// The file is larger than the reader accepts.
    case tooLarge(file: String, bytes: Int, limit: Int)
    /// The file was read but is not acceptable; every problem found is listed.
    case invalid([XMLDiagnostic])
    /// The file would cost more work than ``XMLWorkBounds`` allows; refused before parsing, at the
    /// element that broke the bound.
    case tooComplex(file: String, line: Int, column: Int, exceeded: XMLWorkBounds.Exceeded)

    /// Every problem as a located diagnostic.
    public var diagnostics: [XMLDiagnostic] {
        switch self {
        case .unreadable(let file, let reason):
            [XMLDiagnostic(file: file, line: 0, column: 0, message: "cannot be read: \(reason)")]
        case .tooLarge(let file, let bytes, let limit):
            [
                XMLDiagnostic(
                    file: file, line: 0, column: 0,
                    message: "is \(bytes) bytes; at most \(limit) bytes are accepted")
            ]
        case .invalid(let diagnostics):
            diagnostics
        case .tooComplex(let file, let line, let column, .attributesPerElement(let limit)):
            [
                XMLDiagnostic(
                    file: file, line: line, column: column,
                    message: "this element has more than \(limit) attributes; at most \(limit) are accepted")
            ]
        case .tooComplex(let file, let line, let column, .elements(let limit)):
            [
                XMLDiagnostic(
                    file: file, line: line, column: column,
                    message: "the document has more than \(limit) elements; at most \(limit) are accepted")
            ]
        }
    }

    public var errorDescription: String? {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
