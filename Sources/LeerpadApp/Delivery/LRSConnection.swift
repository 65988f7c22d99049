import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Where statements go and who sends them: an LRS's base address (`{url}/statements`) and
/// Basic-auth credentials. The password is never printed, logged or written to an export.
public struct LRSConnection: Sendable, Hashable, CustomStringConvertible {
    /// The LRS's base address, without a trailing slash.
    public var url: String
    /// The Basic-auth user, if any.
    public var username: String?
    /// The Basic-auth password, if any.
    public var password: String?
    /// How long one request may take, in seconds.
    public var timeout: TimeInterval

    /// A connection to `url`.
    public init(url: String, username: String? = nil, password: String? = nil, timeout: TimeInterval = 15) {
        var base = url.trimmingCharacters(in: .whitespacesAndNewlines)
        while base.hasSuffix("/") { base.removeLast() }
        if base.hasSuffix("/statements") { base.removeLast("/statements".count) }
        self.url = base
        self.username = username
        self.password = password
        self.timeout = timeout
    }

    /// The statements resource; also the outbox's name for this LRS.
    public var statementsURL: String { url + "/statements" }

    /// The address, without the password.
    public var description: String { statementsURL + (username.map { " (user \($0))" } ?? "") }

    /// POSTs `body` (a JSON array of statements) and returns the status code and body, or
    /// throws when the LRS cannot be reached.
    func post(_ body: Data) async throws(LRSDeliveryError) -> (status: Int, body: String) {
        guard let address = URL(string: statementsURL), address.scheme == "http" || address.scheme == "https" else {
            throw .invalidURL(url)
        }
        var request = URLRequest(url: address, timeoutInterval: timeout)
        request.httpMethod = "POST"
        request.httpBody = body
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("1.0.3", forHTTPHeaderField: "X-Experience-API-Version")
        if let username {
            let token = Data("\(username):\(password ?? "")".utf8).base64EncodedString()
            request.setValue("Basic \(token)", forHTTPHeaderField: "Authorization")
        }
        do {
            let (data, response) = try await URLSession.shared.data(for: request)
            let status = (response as? HTTPURLResponse)?.statusCode ?? 0
            return (status, String(decoding: data.prefix(500), as: UTF8.self))
        } catch {
            throw .unreachable(url: statementsURL, reason: error.localizedDescription)
        }
    }
}
