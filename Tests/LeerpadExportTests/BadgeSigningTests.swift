import Foundation
import LeerpadCore
import LeerpadExport
import Testing

@Suite("Signed Open Badges: VC-JWT with EdDSA, did:web, revocation")
struct BadgeSigningTests {
    let issuer = BadgeIssuer(name: "Leerpad Vlietdam", baseURL: "https://leerpad.example")

    func credential() -> OpenBadgeCredential {
        let definition = BadgeDefinition(
            id: "eerste-module", name: LocalizedText(dutch: "Eerste stap", english: "First step"),
            description: LocalizedText(dutch: "Een module afgerond", english: "A module completed"),
            criterion: .modulesCompleted(1))
        return BadgeExporter(issuer: issuer).credentials(
            team: ExportTeam(id: 7, name: "Afvalbeheer", municipality: "Gemeente Vlietdam"),
            earned: [
                EarnedBadge(
                    badgeID: "eerste-module", earnedAt: Date(timeIntervalSince1970: 1_800_000_000.5), eventID: 3)
            ],
            definitions: [definition], model: ModelFixtureForExport.model, language: .dutch)[0].credential
    }

    /// The JWT with its payload's `name` changed, signature kept.
    static func tampered(_ jwt: String) throws -> String {
        let parts = jwt.split(separator: ".").map(String.init)
        let data = try #require(Base64URL.decode(parts[1]))
        var payload = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        payload["name"] = "Tien stappen"
        let changed = try JSONSerialization.data(withJSONObject: payload, options: [.sortedKeys])
        return [parts[0], Base64URL.encode(changed), parts[2]].joined(separator: ".")
    }

    @Test("a signed badge verifies; its header and claims are those of OB 3.0 §8.2")
    func signsAndVerifies() throws {
        let pair = BadgeSigner.makeKeyPair()
        let jwt = try BadgeSigner(issuer: issuer, keyID: "key-1", privateKey: pair.privateKey).sign(credential())
        let parts = jwt.split(separator: ".").map(String.init)
        #expect(parts.count == 3)
        let headerData = try #require(Base64URL.decode(parts[0]))
        let header = try #require(try JSONSerialization.jsonObject(with: headerData) as? [String: String])
        #expect(header == ["alg": "EdDSA", "kid": "did:web:leerpad.example#key-1", "typ": "JWT"])
        let payloadData = try #require(Base64URL.decode(parts[1]))
        let payload = try #require(try JSONSerialization.jsonObject(with: payloadData) as? [String: Any])
        #expect(payload["iss"] as? String == "did:web:leerpad.example")
        #expect(payload["jti"] as? String == credential().id)
        #expect(payload["nbf"] as? Int == 1_800_000_000)
        #expect(payload["sub"] as? String == "https://leerpad.example/teams/team-7")
        let verifier = BadgeVerifier(
            issuerDID: issuer.did, keys: [PublicSigningKey(id: "key-1", rawValue: pair.publicKey)])
        let verification = try verifier.verify(jwt)
        #expect(verification.name == "Eerste stap")
        #expect(!verification.revoked)
    }

    @Test("one changed field, another key, another algorithm or a revoked id: each refused, and says why")
    func refuses() throws {
        let pair = BadgeSigner.makeKeyPair()
        let other = BadgeSigner.makeKeyPair()
        let jwt = try BadgeSigner(issuer: issuer, keyID: "key-1", privateKey: pair.privateKey).sign(credential())
        let verifier = BadgeVerifier(
            issuerDID: issuer.did, keys: [PublicSigningKey(id: "key-1", rawValue: pair.publicKey)])
        #expect(throws: BadgeVerificationError.badSignature(keyID: "did:web:leerpad.example#key-1")) {
            try verifier.verify(try Self.tampered(jwt))
        }
        let forged = try BadgeSigner(issuer: issuer, keyID: "key-1", privateKey: other.privateKey).sign(credential())
        #expect(throws: BadgeVerificationError.badSignature(keyID: "did:web:leerpad.example#key-1")) {
            try verifier.verify(forged)
        }
        let unknown = try BadgeSigner(issuer: issuer, keyID: "key-9", privateKey: pair.privateKey).sign(credential())
        #expect(throws: BadgeVerificationError.unknownKey("did:web:leerpad.example#key-9")) {
            try verifier.verify(unknown)
        }
        let parts = jwt.split(separator: ".").map(String.init)
        let none = Base64URL.encode(Data(#"{"alg":"none"}"#.utf8))
        #expect(throws: BadgeVerificationError.unsupportedAlgorithm("none")) {
            try verifier.verify([none, parts[1], ""].joined(separator: "."))
        }
        #expect(throws: BadgeVerificationError.self) { try verifier.verify("not a jwt") }
        var revoking = verifier
        revoking.revoked = [credential().id]
        #expect(try revoking.verify(jwt).revoked)
    }

    @Test("the DID document lists every key, a rotated one too, so old badges still verify")
    func didDocument() throws {
        let first = BadgeSigner.makeKeyPair()
        let second = BadgeSigner.makeKeyPair()
        let old = try BadgeSigner(issuer: issuer, keyID: "key-1", privateKey: first.privateKey).sign(credential())
        let document = DIDDocument(
            issuer: issuer,
            keys: [
                PublicSigningKey(id: "key-1", rawValue: first.publicKey, retired: true),
                PublicSigningKey(id: "key-2", rawValue: second.publicKey),
            ])
        let data = try JSONEncoder().encode(document)
        let decoded = try JSONDecoder().decode(DIDDocument.self, from: data)
        #expect(decoded.id == "did:web:leerpad.example")
        #expect(decoded.assertionMethod == ["did:web:leerpad.example#key-1", "did:web:leerpad.example#key-2"])
        #expect(decoded.verificationMethod[0].publicKeyJwk.crv == "Ed25519")
        #expect(!String(decoding: data, as: UTF8.self).contains(Base64URL.encode(first.privateKey)))
        #expect(try BadgeVerifier(issuerDID: decoded.id, keys: decoded.keys).verify(old).keyID.hasSuffix("#key-1"))
    }

    @Test("did:web names the host, a port as %3A and a path as parts")
    func didWeb() {
        #expect(BadgeIssuer(name: "x", baseURL: "https://leerpad.example/").did == "did:web:leerpad.example")
        #expect(BadgeIssuer(name: "x", baseURL: "http://127.0.0.1:8080").did == "did:web:127.0.0.1%3A8080")
        let nested = BadgeIssuer(name: "x", baseURL: "https://gemeente.example/leerpad")
        #expect(nested.did == "did:web:gemeente.example:leerpad")
        #expect(nested.didDocumentURL == "https://gemeente.example/leerpad/did.json")
    }
}
