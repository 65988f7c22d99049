/// The badge export of one team: each credential as a signed VC-JWT beside a readable copy.
public struct BadgeExport: Encodable, Hashable, Sendable {
    /// One signed badge.
    public struct SignedBadge: Encodable, Hashable, Sendable {
        /// The credential as signed (the JWT's payload, without the JWT claims), to read.
        public var credential: OpenBadgeCredential
        /// The VC-JWT (compact JWS, `alg` EdDSA): the badge a verifier checks.
        public var jwt: String

        /// Creates a signed badge.
        public init(credential: OpenBadgeCredential, jwt: String) {
            self.credential = credential
            self.jwt = jwt
        }
    }

    /// The team's name.
    public var team: String
    /// Whether the credentials carry a proof: always `true`.
    public var signed = true
    /// The proof format.
    public var proof = "VC-JWT (Open Badges 3.0 §8.2), JOSE alg EdDSA (Ed25519)"
    /// The issuer's DID.
    public var issuer: String
    /// Where verifiers find the issuer's keys.
    public var didDocument: String
    /// What to do with it.
    public var note =
        "Each jwt is the signed badge; credential is a readable copy. Verify with 'leerpad badge verify' or any VC-JWT verifier using the issuer's did.json."
    /// The badges.
    public var credentials: [SignedBadge]

    /// Creates the export of `team`'s badges.
    public init(team: String, issuer: BadgeIssuer, credentials: [SignedBadge]) {
        self.team = team
        self.issuer = issuer.did
        self.didDocument = issuer.didDocumentURL
        self.credentials = credentials
    }
}
