import Crypto
import Foundation

/// Checks Open Badges 3.0 VC-JWTs: the EdDSA signature against the issuer's keys (its DID
/// document), the JWT claims against the credential, the credential's required members, and
/// the issuer's revocation list.
public struct BadgeVerifier: Sendable {
    /// The issuer's DID; keys are looked up as `{did}#{keyID}`.
    public var issuerDID: String
    /// Every key of the issuer, retired ones included.
    public var keys: [PublicSigningKey]
    /// The ids of the credentials the issuer revoked.
    public var revoked: Set<String>

    /// A verifier trusting `keys` of `issuerDID`.
    public init(issuerDID: String, keys: [PublicSigningKey], revoked: Set<String> = []) {
        self.issuerDID = issuerDID
        self.keys = keys
        self.revoked = revoked
    }

    /// Verifies the compact JWT `jwt`.
    public func verify(_ jwt: String) throws(BadgeVerificationError) -> BadgeVerification {
        let parts = jwt.trimmingCharacters(in: .whitespacesAndNewlines).split(
            separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else {
            throw .malformed(reason: "a VC-JWT has three parts separated by '.', this has \(parts.count)")
        }
        guard let headerData = Base64URL.decode(String(parts[0])), let payloadData = Base64URL.decode(String(parts[1])),
            let signature = Base64URL.decode(String(parts[2]))
        else { throw .malformed(reason: "a part is not base64url") }
        guard let header = Self.object(headerData) else { throw .malformed(reason: "the header is not a JSON object") }
        guard let payload = Self.object(payloadData) else {
            throw .malformed(reason: "the payload is not a JSON object")
        }
        let algorithm = header["alg"] as? String ?? ""
        guard algorithm == "EdDSA" else { throw .unsupportedAlgorithm(algorithm) }
        let kid = header["kid"] as? String ?? ""
        let (keyDID, keyID) = Self.split(kid)
        guard let key = keys.first(where: { $0.id == keyID }), keyDID == issuerDID || keyDID.isEmpty else {
            throw .unknownKey(kid)
        }
        guard let publicKey = try? Curve25519.Signing.PublicKey(rawRepresentation: key.rawValue),
            publicKey.isValidSignature(signature, for: Data("\(parts[0]).\(parts[1])".utf8))
        else { throw .badSignature(keyID: kid) }
        return try check(payload, keyID: kid)
    }

    /// Verifies the JWT and that `copy` (a readable credential beside it) is what was signed.
    public func verify(_ jwt: String, copy: [String: Any]) throws(BadgeVerificationError) -> BadgeVerification {
        let verification = try verify(jwt)
        let parts = jwt.split(separator: ".")
        guard let data = Base64URL.decode(String(parts[1])), var payload = Self.object(data) else {
            throw .malformed(reason: "the payload is not a JSON object")
        }
        for claim in ["iss", "jti", "nbf", "sub"] { payload[claim] = nil }
        guard NSDictionary(dictionary: payload).isEqual(to: copy) else {
            throw .copyDiffers(credential: verification.credentialID)
        }
        return verification
    }

    private func check(_ payload: [String: Any], keyID: String) throws(BadgeVerificationError) -> BadgeVerification {
        let types = payload["type"] as? [String] ?? []
        guard types.contains("VerifiableCredential"), types.contains("OpenBadgeCredential") else {
            throw .notABadge(reason: "type does not hold VerifiableCredential and OpenBadgeCredential")
        }
        let contexts = payload["@context"] as? [String] ?? []
        guard contexts.first == "https://www.w3.org/ns/credentials/v2",
            contexts.contains(where: { $0.hasPrefix("https://purl.imsglobal.org/spec/ob/v3p0/context") })
        else { throw .notABadge(reason: "@context is not the VC 2.0 and Open Badges 3.0 contexts") }
        guard let id = payload["id"] as? String else { throw .notABadge(reason: "no id") }
        let issuer = (payload["issuer"] as? [String: Any])?["id"] as? String ?? payload["issuer"] as? String ?? ""
        guard issuer == issuerDID else { throw .wrongIssuer(credential: issuer, key: keyID) }
        guard let validFrom = payload["validFrom"] as? String else { throw .notABadge(reason: "no validFrom") }
        guard let subject = payload["credentialSubject"] as? [String: Any],
            let achievement = subject["achievement"] as? [String: Any], let name = achievement["name"] as? String
        else { throw .notABadge(reason: "no credentialSubject.achievement with a name") }
        let subjectID = subject["id"] as? String ?? ""
        try claim(payload, "iss", is: issuer)
        try claim(payload, "jti", is: id)
        try claim(payload, "sub", is: subjectID)
        let nbf = (payload["nbf"] as? NSNumber)?.int64Value
        if let seconds = ISO8601.seconds(validFrom), nbf != seconds {
            throw .claimMismatch(claim: "nbf", expected: "\(seconds)", found: nbf.map(String.init) ?? "none")
        }
        return BadgeVerification(
            credentialID: id, name: payload["name"] as? String ?? name, issuer: issuer, subject: subjectID,
            keyID: keyID, validFrom: validFrom, revoked: revoked.contains(id))
    }

    private func claim(_ payload: [String: Any], _ name: String, is expected: String) throws(BadgeVerificationError) {
        let found = payload[name] as? String ?? "none"
        guard found == expected else { throw .claimMismatch(claim: name, expected: expected, found: found) }
    }

    private static func object(_ data: Data) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }

    /// `did:web:host#key-1` → (`did:web:host`, `key-1`); a bare `key-1` → (``, `key-1`).
    private static func split(_ kid: String) -> (String, String) {
        guard let hash = kid.lastIndex(of: "#") else { return ("", kid) }
        return (String(kid[..<hash]), String(kid[kid.index(after: hash)...]))
    }
}
