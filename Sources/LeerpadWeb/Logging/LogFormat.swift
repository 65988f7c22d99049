/// How ``LeerpadLogHandler`` writes a log line.
public enum LogFormat: String, Sendable, CaseIterable {
    /// `2026-12-02T14:30:00.123Z info access method=GET path=/t/{code} status=200 duration_ms=1.2`
    case text
    /// One JSON object per line, for log collectors:
    /// `{"time":"…","level":"info","message":"access","method":"GET","path":"/t/{code}","status":200,…}`
    case json
}
