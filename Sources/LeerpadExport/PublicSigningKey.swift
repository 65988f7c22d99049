import Foundation

/// An Ed25519 public key of the issuer, by id (the `kid` of the JWTs it signed).
public struct PublicSigningKey: Hashable, Sendable {
    /// The key's id within the DID document, e.g. `key-1`.
    public var id: String
    /// The 32 raw bytes.
    public var rawValue: Data
    /// Whether a rotation retired it (it still verifies what it signed).
    public var retired: Bool

    /// Creates a public key.
    public init(id: String, rawValue: Data, retired: Bool = false) {
        self.id = id
        self.rawValue = rawValue
        self.retired = retired
    }
}
