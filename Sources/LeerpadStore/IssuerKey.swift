import Foundation

/// One Ed25519 signing key of the installation.
public struct IssuerKey: Hashable, Sendable {
    /// The key's id within the issuer's DID document, e.g. `key-1`.
    public var id: String
    /// The 32-byte private key (raw representation). Secret.
    public var privateKey: Data
    /// The 32-byte public key.
    public var publicKey: Data
    /// When it was made.
    public var createdAt: Date
    /// When it was retired by a rotation; `nil` while it signs.
    public var retiredAt: Date?

    /// Creates a key record.
    public init(id: String, privateKey: Data, publicKey: Data, createdAt: Date, retiredAt: Date? = nil) {
        self.id = id
        self.privateKey = privateKey
        self.publicKey = publicKey
        self.createdAt = createdAt
        self.retiredAt = retiredAt
    }
}
