/// The issuer's revocation list (1EdTech Revocation List Status Method): the credentials it
/// signed and then revoked, published at ``BadgeIssuer/statusListURL``.
public struct RevocationList: Codable, Hashable, Sendable {
    /// One revoked credential.
    public struct Entry: Codable, Hashable, Sendable {
        public var id: String
        public var revocationReason: String?

        /// Creates an entry.
        public init(id: String, revocationReason: String?) {
            self.id = id
            self.revocationReason = revocationReason
        }
    }

    public var id: String
    public var issuer: String
    public var revokedCredentials: [Entry]

    /// The list of `issuer` with `revoked`.
    public init(issuer: BadgeIssuer, revoked: [Entry]) {
        id = issuer.statusListURL
        self.issuer = issuer.did
        revokedCredentials = revoked
    }
}
