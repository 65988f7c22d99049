import CLibXML2
import Foundation

/// Collects libxml2's structured errors for one parse or validation.
///
/// libxml2 reaches it through a raw pointer (`_private` of a parser context, or the
/// `userData` of a schema context); the owner keeps it alive for the duration of the call.
final class DiagnosticSink {
    /// The most diagnostics kept; a hostile file must not fill memory with messages.
    static let limit = 100

    let file: String
    private(set) var diagnostics: [XMLDiagnostic] = []
    /// Where elements start, to give schema errors (which libxml2 reports without one) a column.
    var columns: ElementColumns?

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
        let message = (error.message.map { String(cString: $0) } ?? "unknown XML error")
            .split(whereSeparator: \.isNewline).joined(separator: "; ")
        let column = error.int2 > 0 ? Int(error.int2) : columns?.column(of: error.node) ?? 0
        record(line: Int(error.line), column: column, message: message.trimmingCharacters(in: .whitespaces))
    }

    var opaque: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    static func from(_ pointer: UnsafeMutableRawPointer?) -> DiagnosticSink? {
        pointer.map { Unmanaged<DiagnosticSink>.fromOpaque($0).takeUnretainedValue() }
    }
}
