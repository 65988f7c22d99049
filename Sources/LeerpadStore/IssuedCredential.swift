import Foundation

/// A badge credential the installation signed: which team, badge and event it stands for.
public struct IssuedCredential: Hashable, Sendable {
    /// The credential's id (`urn:uuid:…`).
    public var id: String
    /// The team that earned it.
    public var teamID: Int64
    /// The event that earned it; when that event is revoked, so is the credential.
    public var eventID: Int64
    /// The badge's id.
    public var badgeID: String
    /// The key that signed it.
    public var keyID: String
    /// When it was first signed.
    public var issuedAt: Date

    /// Creates a record.
    public init(id: String, teamID: Int64, eventID: Int64, badgeID: String, keyID: String, issuedAt: Date) {
        self.id = id
        self.teamID = teamID
        self.eventID = eventID
        self.badgeID = badgeID
        self.keyID = keyID
        self.issuedAt = issuedAt
    }
}
