import Foundation
import Testing

/// Compares rendered output (HTML, CLI text) with a file recorded under a test target's
/// `Snapshots/` folder. Set `LEERPAD_RECORD_SNAPSHOTS=1` to (re)write the files, then review the
/// diff before committing: a changed page or message is a reviewed change, never a surprise.
public struct Snapshot: Sendable {
    /// The folder of the recorded files.
    public let directory: URL

    /// Snapshots in the `Snapshots` folder next to `file` (pass `#filePath`).
    public init(besides file: String) {
        directory = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("Snapshots")
    }

    /// Expects `actual` to equal the recorded file `name`, byte for byte; records it when asked to.
    public func assert(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["LEERPAD_RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url, options: .atomic)
            return
        }
        // Read as bytes: reading the file as a String would drop a byte-order mark.
        guard let bytes = try? Data(contentsOf: url) else {
            Issue.record(
                "no snapshot \(name); record it with LEERPAD_RECORD_SNAPSHOTS=1 and review it",
                sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: bytes, as: UTF8.self)
        guard actual != expected else { return }
        let lines = zip(actual.components(separatedBy: "\n"), expected.components(separatedBy: "\n"))
        let first = lines.enumerated().first { $0.element.0 != $0.element.1 }
        let detail = first.map { "line \($0.offset + 1): got «\($0.element.0)», recorded «\($0.element.1)»" }
        Issue.record("snapshot \(name) differs at \(detail ?? "the end")", sourceLocation: sourceLocation)
    }
}
