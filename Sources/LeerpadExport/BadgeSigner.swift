import Crypto
import Foundation

/// Signs Open Badges 3.0 credentials as VC-JWTs (Open Badges 3.0 §8.2): a compact JWS whose
/// header is `{"alg":"EdDSA","kid":"did:web:…#key-N","typ":"JWT"}` and whose payload is the
/// credential itself plus the registered claims `iss` (issuer id), `jti` (credential id),
/// `nbf` (validFrom in seconds) and `sub` (the subject's id).
///
/// VC-JWT rather than a Data Integrity proof: it needs no JSON-LD canonicalisation, every
/// JOSE library verifies it (PyJWT, jose, Nimbus), and OB 3.0 names it first.
public struct BadgeSigner: Sendable {
    /// The issuer whose key signs.
    public var issuer: BadgeIssuer
    /// The key's id within the issuer's DID document.
    public var keyID: String
    private let privateKey: Data

    /// A signer with the 32-byte Ed25519 private key `privateKey`.
    public init(issuer: BadgeIssuer, keyID: String, privateKey: Data) throws(BadgeVerificationError) {
        guard (try? Curve25519.Signing.PrivateKey(rawRepresentation: privateKey)) != nil else {
            throw .malformed(reason: "the issuer's private key is not an Ed25519 key")
        }
        self.privateKey = privateKey
        self.issuer = issuer
        self.keyID = keyID
    }

    /// A new random Ed25519 key pair: (private, public), 32 bytes each.
    public static func makeKeyPair() -> (privateKey: Data, publicKey: Data) {
        let key = Curve25519.Signing.PrivateKey()
        return (key.rawRepresentation, key.publicKey.rawRepresentation)
    }

    /// The compact VC-JWT of `credential`.
    public func sign(_ credential: OpenBadgeCredential) throws(BadgeVerificationError) -> String {
        let header = #"{"alg":"EdDSA","kid":"\#(issuer.verificationMethod(keyID))","typ":"JWT"}"#
        let payload: Data
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            payload = try encoder.encode(JWTPayload(credential: credential))
        } catch {
            throw .malformed(reason: "the credential cannot be written as JSON: \(error.localizedDescription)")
        }
        let input = Base64URL.encode(Data(header.utf8)) + "." + Base64URL.encode(payload)
        let signature: Data
        do {
            signature = try Curve25519.Signing.PrivateKey(rawRepresentation: privateKey).signature(
                for: Data(input.utf8))
        } catch {
            throw .malformed(reason: "signing failed: \(error.localizedDescription)")
        }
        return input + "." + Base64URL.encode(signature)
    }
}

/// The credential's members at the top of the JWT payload, with the registered claims.
private struct JWTPayload: Encodable {
    let credential: OpenBadgeCredential

    enum Claims: String, CodingKey { case iss, jti, nbf, sub }

    func encode(to encoder: any Encoder) throws {
        try credential.encode(to: encoder)
        var claims = encoder.container(keyedBy: Claims.self)
        try claims.encode(credential.issuer.id, forKey: .iss)
        try claims.encode(credential.id, forKey: .jti)
        if let seconds = ISO8601.seconds(credential.validFrom) { try claims.encode(seconds, forKey: .nbf) }
        try claims.encode(credential.credentialSubject.id, forKey: .sub)
    }
}
