/// The Learning Record Store the coordinator chose in the web app.
public struct LRSEndpointSetting: Hashable, Sendable {
    /// The LRS's base address (statements go to `{url}/statements`).
    public var url: String
    /// The Basic-auth user, if any.
    public var username: String?
    /// The Basic-auth password, if any. Kept in the database; never shown or logged.
    public var password: String?

    /// Creates a setting.
    public init(url: String, username: String?, password: String?) {
        self.url = url
        self.username = username
        self.password = password
    }
}
