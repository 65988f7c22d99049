/// An Open Badges 3.0 `OpenBadgeCredential` (a W3C Verifiable Credential). ``BadgeSigner``
/// secures it as a VC-JWT; this value is its payload.
public struct OpenBadgeCredential: Encodable, Hashable, Sendable {
    /// Where a verifier checks whether the credential was revoked: the issuer's
    /// 1EdTech Revocation List (`type` `1EdTechRevocationList`).
    public struct Status: Encodable, Hashable, Sendable {
        public var id: String
        public var type = "1EdTechRevocationList"
    }

    public struct Profile: Encodable, Hashable, Sendable {
        public var id: String
        public var type = ["Profile"]
        public var name: String
    }

    public struct Alignment: Encodable, Hashable, Sendable {
        public var type = ["Alignment"]
        public var targetName: String
        public var targetUrl: String
        public var targetFramework: String
        public var targetCode: String
    }

    public struct Criteria: Encodable, Hashable, Sendable {
        public var narrative: String
    }

    public struct Achievement: Encodable, Hashable, Sendable {
        public var id: String
        public var type = ["Achievement"]
        public var name: String
        public var description: String
        public var criteria: Criteria
        public var alignment: [Alignment]?
    }

    public struct Subject: Encodable, Hashable, Sendable {
        public var id: String
        public var type = ["AchievementSubject"]
        public var achievement: Achievement
    }

    public var context = [
        "https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    public var id: String
    public var type = ["VerifiableCredential", "OpenBadgeCredential"]
    public var issuer: Profile
    public var validFrom: String
    public var name: String
    public var credentialSubject: Subject
    public var credentialStatus: Status?

    enum CodingKeys: String, CodingKey {
        case context = "@context"
        case id, type, issuer, validFrom, name, credentialSubject, credentialStatus
    }
}
