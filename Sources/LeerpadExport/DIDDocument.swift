import Foundation

/// The issuer's DID document (W3C DID Core 1.0): every key it ever signed with, as a
/// `JsonWebKey2020` verification method with an Ed25519 `OKP` JWK, all of them allowed for
/// `assertionMethod` so that badges signed before a rotation still verify.
public struct DIDDocument: Codable, Hashable, Sendable {
    /// A public key as a JSON Web Key (RFC 8037).
    public struct JWK: Codable, Hashable, Sendable {
        public var kty = "OKP"
        public var crv = "Ed25519"
        public var x: String
        public var kid: String?
    }

    /// One verification method.
    public struct Method: Codable, Hashable, Sendable {
        public var id: String
        public var type = "JsonWebKey2020"
        public var controller: String
        public var publicKeyJwk: JWK
    }

    public var context = ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/suites/jws-2020/v1"]
    public var id: String
    public var name: String?
    public var verificationMethod: [Method]
    public var assertionMethod: [String]

    enum CodingKeys: String, CodingKey {
        case context = "@context"
        case id, name, verificationMethod, assertionMethod
    }

    /// The document of `issuer` with `keys`.
    public init(issuer: BadgeIssuer, keys: [PublicSigningKey]) {
        id = issuer.did
        name = issuer.name
        verificationMethod = keys.map { key in
            Method(
                id: issuer.verificationMethod(key.id), controller: issuer.did,
                publicKeyJwk: JWK(x: Base64URL.encode(key.rawValue), kid: key.id))
        }
        assertionMethod = verificationMethod.map(\.id)
    }

    /// The keys the document lists, by their id after `#`; methods that are not Ed25519 are left out.
    public var keys: [PublicSigningKey] {
        verificationMethod.compactMap { method in
            guard method.publicKeyJwk.kty == "OKP", method.publicKeyJwk.crv == "Ed25519",
                let raw = Base64URL.decode(method.publicKeyJwk.x), raw.count == 32
            else { return nil }
            let id = method.id.split(separator: "#", maxSplits: 1).last.map(String.init) ?? method.id
            return PublicSigningKey(id: id, rawValue: raw)
        }
    }
}
