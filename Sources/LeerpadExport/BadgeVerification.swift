/// A badge whose signature verified: what it says, and whether its issuer revoked it.
public struct BadgeVerification: Hashable, Sendable {
    /// The credential's id.
    public var credentialID: String
    /// The badge's name.
    public var name: String
    /// The issuer's id.
    public var issuer: String
    /// The subject (the team).
    public var subject: String
    /// The key that signed it.
    public var keyID: String
    /// The start of validity.
    public var validFrom: String
    /// Whether the issuer's revocation list names it.
    public var revoked: Bool

    /// Creates a verification.
    public init(
        credentialID: String, name: String, issuer: String, subject: String, keyID: String, validFrom: String,
        revoked: Bool
    ) {
        self.credentialID = credentialID
        self.name = name
        self.issuer = issuer
        self.subject = subject
        self.keyID = keyID
        self.validFrom = validFrom
        self.revoked = revoked
    }
}
