import Foundation

/// What a coordinator's account may see and do.
public enum AccountRole: String, Hashable, Sendable, CaseIterable {
    /// An A&O fonds or regional training coordinator: every municipality.
    case admin
    /// One municipality's HR or training coordinator: that municipality's teams only.
    case hr
}

/// A coordinator who signs in to the web app or the JSON API.
public struct Account: Hashable, Sendable, Identifiable {
    /// The store's id.
    public var id: Int64
    /// The sign-in name, unique (case-insensitive).
    public var name: String
    /// What the account may see.
    public var role: AccountRole
    /// The municipality of an `hr` account; `nil` for an admin.
    public var municipality: String?
    /// The password as a bcrypt hash (never the password itself).
    public var passwordHash: String
    /// When it was created.
    public var createdAt: Date

    /// Creates an account value.
    public init(
        id: Int64, name: String, role: AccountRole, municipality: String?, passwordHash: String, createdAt: Date
    ) {
        self.id = id
        self.name = name
        self.role = role
        self.municipality = municipality
        self.passwordHash = passwordHash
        self.createdAt = createdAt
    }
}
