import LeerpadCore
import LeerpadStore

extension Leerpad {
    /// Adds a team; its name must be new. The store draws its access code.
    public func addTeam(name: String, municipality: String, size: Int) throws(AppError) -> Team {
        try storing { store throws(StoreError) in try store.addTeam(name: name, municipality: municipality, size: size)
        }
    }

    /// Lets `team` leave leaderboards (`true`) or rejoin them.
    public func setLeaderboardOptOut(_ optedOut: Bool, for team: Team) throws(AppError) {
        try writing(teamID: team.id) { store throws(StoreError) in
            try store.setLeaderboardOptOut(teamID: team.id, optedOut)
        }
    }

    /// Every team, by name.
    public func teams() throws(AppError) -> [Team] {
        try storing { store throws(StoreError) in try store.teams() }
    }

    /// The teams in `scope`, by name: one municipality's are read by themselves.
    public func teams(in scope: AccessScope) throws(AppError) -> [Team] {
        switch scope {
        case .everything: try teams()
        case .municipality(let name): try storing { store throws(StoreError) in try store.teams(municipality: name) }
        }
    }

    /// The team called `name` (case-insensitive).
    public func team(named name: String) throws(AppError) -> Team {
        try storing { store throws(StoreError) in try store.team(named: name) }
    }

    /// The team whose access code is `code` (spaces and case do not matter), if `scope` includes
    /// it; a team outside the scope is answered exactly as an unknown code.
    public func team(accessCode code: String, in scope: AccessScope = .everything) throws(AppError) -> Team {
        let normalized = code.trimmingCharacters(in: .whitespaces).uppercased()
        guard !normalized.isEmpty, normalized.count <= 64,
            let team = try storing({ store throws(StoreError) in try store.team(accessCode: normalized) }),
            scope.includes(team)
        else { throw .unknownAccessCode }
        return team
    }
}
