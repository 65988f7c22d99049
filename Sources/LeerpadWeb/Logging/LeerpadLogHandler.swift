import Foundation
import Logging

/// A swift-log handler that writes each event as one line, as text or JSON (``LogFormat``), to
/// standard error or to any sink (tests capture the lines).
public struct LeerpadLogHandler: LogHandler {
    /// Where the finished lines go, one call per line (without the line end).
    public typealias Sink = @Sendable (String) -> Void

    public var logLevel: Logger.Level
    public var metadata: Logger.Metadata = [:]
    public var metadataProvider: Logger.MetadataProvider?
    private let label: String
    private let format: LogFormat
    private let sink: Sink

    /// A handler for `label` writing lines in `format` at `level` and above to `sink`.
    public init(
        label: String, format: LogFormat, level: Logger.Level = .info, sink: @escaping Sink = LeerpadLogHandler.stderr
    ) {
        self.label = label
        self.format = format
        self.logLevel = level
        self.sink = sink
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var merged = metadata
        if let provided = metadataProvider?.get() { merged.merge(provided) { $1 } }
        if let own = event.metadata { merged.merge(own) { $1 } }
        if let error = event.error { merged["error"] = .string("\(error)") }
        sink(
            LogLine.render(
                format, time: Date(), level: event.level, label: label, message: event.message.description,
                metadata: merged))
    }

    /// Writes `line` and a line end to standard error in one `write`, so that lines of concurrent
    /// requests never interleave.
    public static let stderr: Sink = { line in
        let bytes = Array((line + "\n").utf8)
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(2, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 { break }
                offset += written
            }
        }
    }
}
