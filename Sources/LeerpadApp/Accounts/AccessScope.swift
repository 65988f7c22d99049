import LeerpadStore

/// Which teams a coordinator may see, count and export: every municipality's (an admin) or one
/// municipality's (an `hr` account). The catalogue is shared.
public enum AccessScope: Hashable, Sendable {
    /// Every team.
    case everything
    /// The teams of one municipality (compared without regard to case or surrounding spaces).
    case municipality(String)

    /// The scope of `account`.
    public init(_ account: Account) {
        switch account.role {
        case .admin: self = .everything
        case .hr: self = .municipality(account.municipality ?? "")
        }
    }

    /// Whether `team` lies in the scope.
    public func includes(_ team: Team) -> Bool {
        switch self {
        case .everything: true
        case .municipality(let name): Self.normalized(team.municipality) == Self.normalized(name)
        }
    }

    private static func normalized(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}
