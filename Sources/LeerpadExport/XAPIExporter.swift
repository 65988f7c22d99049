import LeerpadCore

/// Turns a team's progress log into xAPI statements for a Learning Record Store.
///
/// The team is the actor, as a Group identified by an account on `baseURL`. Verbs come from
/// the ADL vocabulary: started → attempted, completed → completed (with the score when there
/// is one), a use case tried → experienced, an assessment → completed (on an assessment
/// activity), a badge → earned (tincanapi.com). A correction becomes a `voided` statement
/// that points at the statement of the event it revokes, and another for each badge that
/// event had earned (`revokedBadges`). Statement ids are derived from the base address, the
/// team and the event, so exporting twice gives the same ids, and two installations (or two
/// databases) never share one.
public struct XAPIExporter: Sendable {
    /// The base of every IRI Leerpad mints, e.g. `https://leerpad.example`.
    public var baseURL: String

    /// Creates an exporter minting IRIs under `baseURL`.
    public init(baseURL: String) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
    }

    static let adl = "http://adlnet.gov/expapi/verbs/"

    /// The statements for `team`'s `events` and earned `badges`, in log order (badges after the
    /// event that earned them); `revokedBadges` are badges earned by events a correction revoked
    /// since, whose statements the correction voids too.
    public func statements(
        team: ExportTeam, events: [ProgressEvent], badges: [EarnedBadge], badgeNames: [String: LocalizedText],
        moduleTitles: [String: LocalizedText], useCaseTitles: [String: LocalizedText],
        revokedBadges: [EarnedBadge] = []
    ) -> [XAPIStatement] {
        let actor = XAPIStatement.Actor(
            name: team.name, account: .init(homePage: "\(baseURL)/teams", name: "team-\(team.id)"))
        var result: [XAPIStatement] = []
        for event in events.sorted(by: { $0.id < $1.id }) {
            result.append(
                statement(for: event, team: team, actor: actor, modules: moduleTitles, useCases: useCaseTitles))
            if case .correction(let revoked, _) = event.activity {
                for badge in revokedBadges where badge.eventID == revoked {
                    result.append(
                        XAPIStatement(
                            id: DeterministicUUID.make(
                                "\(baseURL):\(team.id):event:\(event.id):voids-badge:\(badge.badgeID)"),
                            actor: actor, verb: .init(id: Self.adl + "voided", display: display("trok in", "voided")),
                            object: .init(
                                objectType: "StatementRef", id: badgeStatementID(team: team.id, badge: badge),
                                definition: nil),
                            result: nil, context: context(event.id), timestamp: ISO8601.string(event.occurredAt)))
                }
            }
            for badge in badges where badge.eventID == event.id {
                let name = badgeNames[badge.badgeID] ?? LocalizedText(dutch: badge.badgeID, english: badge.badgeID)
                result.append(
                    XAPIStatement(
                        id: badgeStatementID(team: team.id, badge: badge), actor: actor,
                        verb: .init(id: "http://id.tincanapi.com/verb/earned", display: display("behaalde", "earned")),
                        object: activity(
                            "badges/\(badge.badgeID)", name: name, type: "http://activitystrea.ms/schema/1.0/badge"),
                        result: nil, context: context(event.id), timestamp: ISO8601.string(badge.earnedAt)))
            }
        }
        return result
    }

    private func statement(
        for event: ProgressEvent, team: ExportTeam, actor: XAPIStatement.Actor, modules: [String: LocalizedText],
        useCases: [String: LocalizedText]
    ) -> XAPIStatement {
        let id = statementID(team: team.id, event: event.id)
        let timestamp = ISO8601.string(event.occurredAt)
        func title(_ titles: [String: LocalizedText], _ key: String) -> LocalizedText {
            titles[key] ?? LocalizedText(dutch: key, english: key)
        }
        let course = "http://adlnet.gov/expapi/activities/course"
        switch event.activity {
        case .started(let module):
            return XAPIStatement(
                id: id, actor: actor, verb: .init(id: Self.adl + "attempted", display: display("startte", "attempted")),
                object: activity("modules/\(module)", name: title(modules, module), type: course), result: nil,
                context: context(event.id), timestamp: timestamp)
        case .completed(let module, let score):
            return XAPIStatement(
                id: id, actor: actor,
                verb: .init(id: Self.adl + "completed", display: display("rondde af", "completed")),
                object: activity("modules/\(module)", name: title(modules, module), type: course),
                result: .init(completion: true, score: score.map { .init(scaled: $0) }), context: context(event.id),
                timestamp: timestamp)
        case .triedUseCase(let useCase):
            return XAPIStatement(
                id: id, actor: actor,
                verb: .init(id: Self.adl + "experienced", display: display("probeerde", "experienced")),
                object: activity(
                    "usecases/\(useCase)", name: title(useCases, useCase),
                    type: "http://adlnet.gov/expapi/activities/simulation"),
                result: nil, context: context(event.id), timestamp: timestamp)
        case .assessed(let assessment):
            return XAPIStatement(
                id: id, actor: actor,
                verb: .init(id: Self.adl + "completed", display: display("rondde af", "completed")),
                object: activity(
                    "assessments/team-\(team.id)/\(assessment)",
                    name: LocalizedText(dutch: "Scan datavolwassenheid", english: "Data maturity scan"),
                    type: "http://adlnet.gov/expapi/activities/assessment"),
                result: .init(completion: true, score: nil), context: context(event.id), timestamp: timestamp)
        case .correction(let revoked, _):
            return XAPIStatement(
                id: id, actor: actor, verb: .init(id: Self.adl + "voided", display: display("trok in", "voided")),
                object: .init(
                    objectType: "StatementRef", id: statementID(team: team.id, event: revoked), definition: nil),
                result: nil, context: context(event.id), timestamp: timestamp)
        }
    }

    /// The id of the statement of `event` of team `team`.
    public func statementID(team: Int64, event: Int64) -> String {
        DeterministicUUID.make("\(baseURL):\(team):event:\(event)")
    }

    /// The id of the statement that `team` earned `badge` (by the event that earned it).
    public func badgeStatementID(team: Int64, badge: EarnedBadge) -> String {
        DeterministicUUID.make("\(baseURL):\(team):badge:\(badge.badgeID):event:\(badge.eventID)")
    }

    private func activity(_ path: String, name: LocalizedText, type: String) -> XAPIStatement.Object {
        .init(
            objectType: "Activity", id: "\(baseURL)/\(path)",
            definition: .init(name: ["nl-NL": name.dutch, "en-US": name.english], type: type))
    }

    private func display(_ dutch: String, _ english: String) -> [String: String] {
        ["nl-NL": dutch, "en-US": english]
    }

    private func context(_ eventID: Int64) -> XAPIStatement.Context {
        .init(platform: "Leerpad", language: "nl-NL", extensions: ["\(baseURL)/xapi/extensions/event-id": eventID])
    }
}
