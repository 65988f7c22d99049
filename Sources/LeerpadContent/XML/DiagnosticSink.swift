import CLibXML2

/// Collects libxml2's structured errors for one parse or validation.
///
/// libxml2 reaches it through a raw pointer (`_private` of a parser context, or the
/// `userData` of a schema context); the owner keeps it alive for the duration of the call.
final class DiagnosticSink {
    /// The most diagnostics kept; a hostile file must not fill memory with messages.
    static let limit = 100

    let file: String
    private(set) var diagnostics: [XMLDiagnostic] = []

    init(file: String) {
        self.file = file
    }

    /// Records a diagnostic, dropping duplicates and anything past ``limit``.
    func record(line: Int, column: Int, message: String) {
        let diagnostic = XMLDiagnostic(file: file, line: line, column: column, message: message)
        guard diagnostics.count < Self.limit, diagnostics.last != diagnostic else { return }
        diagnostics.append(diagnostic)
    }

    /// Records a libxml2 error of level error or fatal; warnings are ignored.
    func record(_ error: xmlError) {
        guard error.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let message = error.message.map { String(cString: $0) } ?? "unknown XML error"
        record(
            line: Int(error.line), column: Int(error.int2),
            message: message.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static func from(_ pointer: UnsafeMutableRawPointer?) -> DiagnosticSink? {
        pointer.map { Unmanaged<DiagnosticSink>.fromOpaque($0).takeUnretainedValue() }
    }
}

import Foundation
