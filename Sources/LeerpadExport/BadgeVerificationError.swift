/// Why a badge does not verify, with what was found.
public enum BadgeVerificationError: Error, Hashable, Sendable {
    /// Not a compact JWS of three base64url parts with JSON header and payload.
    case malformed(reason: String)
    /// The header's `alg` is not `EdDSA`.
    case unsupportedAlgorithm(String)
    /// The header's `kid` names no key of the issuer.
    case unknownKey(String)
    /// The signature does not match the header and payload: the badge was changed, or
    /// signed by another key.
    case badSignature(keyID: String)
    /// The key belongs to another issuer than the credential names.
    case wrongIssuer(credential: String, key: String)
    /// A JWT claim disagrees with the credential (`iss`, `jti`, `nbf` or `sub`).
    case claimMismatch(claim: String, expected: String, found: String)
    /// A required Open Badges 3.0 member is missing or wrong.
    case notABadge(reason: String)
    /// The readable copy beside the JWT is not the credential that was signed.
    case copyDiffers(credential: String)
}
