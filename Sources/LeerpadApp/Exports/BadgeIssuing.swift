import Foundation
import LeerpadCore
import LeerpadExport
import LeerpadStore

/// The installation as a badge issuer: its keys (made on first use, rotated on request, never
/// deleted), its DID document, its signed badges and its revocation list.
extension Leerpad {
    /// The store's issuer keys, or an error when the store keeps none.
    func issuerKeyStore() throws(AppError) -> any IssuerKeyStore {
        guard let keys = store as? any IssuerKeyStore else {
            throw .store(.invalidValue(field: "store", reason: "keeps no issuer keys"))
        }
        return keys
    }

    /// The key that signs now, made (as `key-1`) when there is none yet.
    func activeIssuerKey() throws(AppError) -> IssuerKey {
        let keys = try issuerKeyStore()
        let all = try storing { _ throws(StoreError) in try keys.issuerKeys() }
        if let active = all.last(where: { $0.retiredAt == nil }) { return active }
        return try addIssuerKey(after: all)
    }

    /// Makes a new signing key and retires the one in use; badges it signed still verify. Returns the new key's id.
    @discardableResult
    public func rotateIssuerKey() throws(AppError) -> String {
        let keys = try issuerKeyStore()
        let all = try storing { _ throws(StoreError) in try keys.issuerKeys() }
        return try addIssuerKey(after: all).id
    }

    private func addIssuerKey(after existing: [IssuerKey]) throws(AppError) -> IssuerKey {
        let keys = try issuerKeyStore()
        let pair = BadgeSigner.makeKeyPair()
        let numbers = existing.compactMap { Int($0.id.replacingOccurrences(of: "key-", with: "")) }
        let key = IssuerKey(
            id: "key-\((numbers.max() ?? 0) + 1)", privateKey: pair.privateKey, publicKey: pair.publicKey,
            createdAt: time.now())
        try storing { _ throws(StoreError) in try keys.addIssuerKey(key) }
        return key
    }

    /// The public keys of the issuer, retired ones included.
    public func issuerPublicKeys() throws(AppError) -> [PublicSigningKey] {
        let keys = try issuerKeyStore()
        return try storing { _ throws(StoreError) in try keys.issuerKeys() }.map {
            PublicSigningKey(id: $0.id, rawValue: $0.publicKey, retired: $0.retiredAt != nil)
        }
    }

    /// The DID document of `issuer` (a key is made first when there is none).
    public func didDocument(of issuer: BadgeIssuer) throws(AppError) -> DIDDocument {
        _ = try activeIssuerKey()
        return DIDDocument(issuer: issuer, keys: try issuerPublicKeys())
    }

    /// The credentials signed for events that a correction revoked since.
    public func revocationList(of issuer: BadgeIssuer) throws(AppError) -> RevocationList {
        let keys = try issuerKeyStore()
        let issued = try storing { _ throws(StoreError) in try keys.issuedCredentials() }
        var revokedEvents: [Int64: [Int64: String]] = [:]
        var entries: [RevocationList.Entry] = []
        for credential in issued {
            if revokedEvents[credential.teamID] == nil {
                let events = try storing { store throws(StoreError) in try store.events(teamID: credential.teamID) }
                var revoked: [Int64: String] = [:]
                for case .correction(let target, let note) in events.map(\.activity) { revoked[target] = note }
                revokedEvents[credential.teamID] = revoked
            }
            // The list is public: the coordinator's note (free text about a team) stays out of it.
            if revokedEvents[credential.teamID]?[credential.eventID] != nil {
                entries.append(.init(id: credential.id, revocationReason: "the event behind the badge was revoked"))
            }
        }
        return RevocationList(issuer: issuer, revoked: entries)
    }

    /// A verifier of `issuer`'s badges with its keys (or those of `document`, a published DID
    /// document) and its revocation list.
    public func badgeVerifier(of issuer: BadgeIssuer, document: DIDDocument? = nil) throws(AppError) -> BadgeVerifier {
        let revoked = Set(try revocationList(of: issuer).revokedCredentials.map(\.id))
        if let document { return BadgeVerifier(issuerDID: document.id, keys: document.keys, revoked: revoked) }
        return BadgeVerifier(issuerDID: issuer.did, keys: try issuerPublicKeys(), revoked: revoked)
    }
}
