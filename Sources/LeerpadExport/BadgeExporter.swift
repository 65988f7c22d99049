import LeerpadCore

/// Makes the Open Badges 3.0 credentials for the badges a team earned, issued by the
/// installation (``BadgeIssuer``, a `did:web`); ``BadgeSigner`` signs them.
///
/// A credential's id is derived from the team, the badge and the event that earned it, so
/// that revoking that event revokes exactly this credential (its `credentialStatus` names
/// the issuer's revocation list).
public struct BadgeExporter: Sendable {
    /// The installation that issues the badges.
    public var issuer: BadgeIssuer
    /// The base of every IRI Leerpad mints.
    public var baseURL: String { issuer.baseURL }

    /// Creates an exporter for `issuer`.
    public init(issuer: BadgeIssuer) {
        self.issuer = issuer
    }

    /// The id of the credential for `badge` of team `teamID`.
    public static func credentialID(teamID: Int64, badge: EarnedBadge) -> String {
        "urn:uuid:" + DeterministicUUID.make("leerpad:\(teamID):credential:\(badge.badgeID):event:\(badge.eventID)")
    }

    /// The credentials for `team`'s `earned` badges, in `language`.
    public func credentials(
        team: ExportTeam, earned: [EarnedBadge], definitions: [BadgeDefinition], model: MaturityModel,
        language: Language
    ) -> [(badge: EarnedBadge, credential: OpenBadgeCredential)] {
        let profile = OpenBadgeCredential.Profile(id: issuer.did, name: issuer.name)
        return earned.compactMap { badge -> (EarnedBadge, OpenBadgeCredential)? in
            guard let definition = definitions.first(where: { $0.id == badge.badgeID }) else { return nil }
            var alignment: [OpenBadgeCredential.Alignment]?
            if case .dimensionPathComplete(let dimensionID) = definition.criterion,
                let dimension = model.dimension(dimensionID)
            {
                alignment = [
                    .init(
                        targetName: dimension.name[language], targetUrl: "\(baseURL)/model#\(dimension.id)",
                        targetFramework: model.title[language], targetCode: dimension.id)
                ]
            }
            let id = Self.credentialID(teamID: team.id, badge: badge)
            let credential = OpenBadgeCredential(
                id: id, issuer: profile, validFrom: ISO8601.string(badge.earnedAt), name: definition.name[language],
                credentialSubject: .init(
                    id: "\(baseURL)/teams/team-\(team.id)",
                    achievement: .init(
                        id: "\(baseURL)/badges/\(definition.id)", name: definition.name[language],
                        description: definition.description[language],
                        criteria: .init(narrative: definition.description[language]), alignment: alignment)),
                credentialStatus: .init(id: issuer.statusListURL))
            return (badge, credential)
        }
    }
}
