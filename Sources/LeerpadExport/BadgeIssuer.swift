import Foundation

/// The installation as an Open Badges issuer: its name and its `did:web` identifier, derived
/// from the base address the installation is reached at.
///
/// `https://leerpad.example` is `did:web:leerpad.example`, whose DID document a verifier
/// fetches from `https://leerpad.example/.well-known/did.json`; a port is written `%3A`, a
/// path becomes `:`-separated parts (then the document is at `{path}/did.json`).
public struct BadgeIssuer: Hashable, Sendable {
    /// The installation's name, as badges show it.
    public var name: String
    /// The base of every IRI Leerpad mints, without a trailing slash.
    public var baseURL: String

    /// Creates an issuer reached at `baseURL`.
    public init(name: String, baseURL: String) {
        self.name = name
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
    }

    /// The issuer's DID, `did:web:…`.
    public var did: String {
        guard let url = URL(string: baseURL), let host = url.host else { return "did:web:leerpad.example" }
        var id = "did:web:" + host
        if let port = url.port { id += "%3A\(port)" }
        let parts = url.path.split(separator: "/").map(String.init)
        if !parts.isEmpty { id += ":" + parts.joined(separator: ":") }
        return id
    }

    /// Where the DID document is published.
    public var didDocumentURL: String {
        guard let url = URL(string: baseURL), !url.path.split(separator: "/").isEmpty else {
            return baseURL + "/.well-known/did.json"
        }
        return baseURL + "/did.json"
    }

    /// Where the revocation list of every credential this issuer signed is published.
    public var statusListURL: String { baseURL + "/badges/status" }

    /// The verification method of key `keyID`: `{did}#{keyID}`.
    public func verificationMethod(_ keyID: String) -> String { did + "#" + keyID }
}
