import Foundation

/// Where the installation keeps its badge-signing keys and the credentials it signed.
///
/// Keys are never deleted: a rotated key is retired (it signs no more) but stays, so the
/// badges it signed still verify. Private keys leave the store only to sign.
public protocol IssuerKeyStore: Sendable {
    /// Every key, oldest first.
    func issuerKeys() throws(StoreError) -> [IssuerKey]
    /// Adds `key` and retires every other active key, in one transaction.
    func addIssuerKey(_ key: IssuerKey) throws(StoreError)
    /// Records that `credential` was signed (a second record of the same id is ignored).
    func recordIssued(_ credential: IssuedCredential) throws(StoreError)
    /// Every credential signed, in the order it was first signed.
    func issuedCredentials() throws(StoreError) -> [IssuedCredential]
}
