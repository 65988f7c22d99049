/// Why statements did not reach the LRS.
public enum LRSDeliveryError: Error, Hashable, Sendable {
    /// The address is not an http(s) URL.
    case invalidURL(String)
    /// No answer: refused, timed out, no route.
    case unreachable(url: String, reason: String)
    /// The LRS answered with an error status.
    case refused(status: Int, body: String)

    /// One line for the outbox and `leerpad lrs status`.
    public var summary: String {
        switch self {
        case .invalidURL(let url): "not an http(s) address: \(url)"
        case .unreachable(let url, let reason): "\(url) unreachable: \(reason)"
        case .refused(let status, let body): "HTTP \(status): \(body.prefix(200))"
        }
    }

    /// Whether trying again later can help (the LRS was down or busy), rather than the statement being refused.
    var isTransient: Bool {
        switch self {
        case .invalidURL: false
        case .unreachable: true
        case .refused(let status, _): status >= 500 || status == 408 || status == 429 || status == 401 || status == 403
        }
    }
}
