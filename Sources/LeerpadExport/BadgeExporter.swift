import LeerpadCore

/// Issues Open Badges 3.0 credentials for the badges a team earned.
///
/// The credentials are **not signed** (no `proof`): a wallet or verifier cannot check them
/// yet. ``BadgeExport`` says so in its `signed` and `note` fields.
public struct BadgeExporter: Sendable {
    /// The base of every IRI Leerpad mints.
    public var baseURL: String

    /// Creates an exporter minting IRIs under `baseURL`.
    public init(baseURL: String) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
    }

    /// The credentials for `team`'s `earned` badges, in `language`.
    public func credentials(
        team: ExportTeam, earned: [EarnedBadge], definitions: [BadgeDefinition], model: MaturityModel,
        language: Language
    ) -> BadgeExport {
        let issuer = OpenBadgeCredential.Profile(
            id: "\(baseURL)/issuers/\(slug(team.municipality))", name: "Leerpad — \(team.municipality)")
        let credentials = earned.compactMap { badge -> OpenBadgeCredential? in
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
            return OpenBadgeCredential(
                id: "urn:uuid:" + DeterministicUUID.make("leerpad:\(team.id):credential:\(badge.badgeID)"),
                issuer: issuer, validFrom: ISO8601.string(badge.earnedAt), name: definition.name[language],
                credentialSubject: .init(
                    id: "\(baseURL)/teams/team-\(team.id)",
                    achievement: .init(
                        id: "\(baseURL)/badges/\(definition.id)", name: definition.name[language],
                        description: definition.description[language],
                        criteria: .init(narrative: definition.description[language]), alignment: alignment)))
        }
        return BadgeExport(team: team.name, credentials: credentials)
    }

    private func slug(_ text: String) -> String {
        let lowered = text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }
        return String(lowered).split(separator: "-").joined(separator: "-")
    }
}

/// The badge export: the credentials and a plain statement that they are unsigned.
public struct BadgeExport: Encodable, Hashable, Sendable {
    /// The team's name.
    public var team: String
    /// Whether the credentials carry a proof. Always `false` in this version.
    public var signed = false
    /// What unsigned means for the reader.
    public var note = "Unsigned Open Badges 3.0 credentials: they carry no proof yet, so verifiers cannot check them."
    /// The credentials.
    public var credentials: [OpenBadgeCredential]
}
