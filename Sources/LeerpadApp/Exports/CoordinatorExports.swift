import Foundation
import LeerpadCore
import LeerpadExport
import LeerpadStore

/// The coordinator's downloads of a set of teams: CSV for Excel (per team or per event), xAPI
/// statements, Open Badges 3.0 credentials and an iCalendar of the accepted paths.
public struct CoordinatorExports: Sendable {
    /// The teams exported.
    public var reports: [TeamReport]
    /// The use cases' dependencies (Content, clock).
    public var leerpad: Leerpad

    /// The exports of `reports`.
    public init(_ reports: [TeamReport], leerpad: Leerpad) {
        self.reports = reports
        self.leerpad = leerpad
    }

    /// One row per team: size, XP, level, badges, streak, counts, the latest assessment and its
    /// score per subdimension (columns named by subdimension id).
    public func teamsCSV(in l: Language) -> String {
        let model = leerpad.content.model
        let columns: [ExportText] = [
            .columnTeam, .columnMunicipality, .columnSize, .columnXP, .columnRank, .columnRankName, .columnBadges,
            .columnStreakWeeks, .columnEvents, .columnModulesCompleted, .columnAssessments, .columnLatestAssessment,
        ]
        let header = columns.map { $0.text(l) } + model.subdimensions.map(\.id)
        let rows = reports.map { report -> [String] in
            let state = report.progress.state
            var row = [
                report.team.name, report.team.municipality, String(report.team.size), String(state.xp),
                String(state.level.number), state.level.name[l], state.badges.map(\.badgeID).joined(separator: ", "),
                String(state.streakWeeks), String(state.events), String(state.completedModules.count),
                String(report.progress.assessments), report.assessments.last.map { LocalFormat.day($0.takenAt) } ?? "",
            ]
            row += model.subdimensions.map { sub in
                report.latest?.subdimension(sub.id)?.score.map { LocalFormat.number($0, decimals: 2, in: l) } ?? ""
            }
            return row
        }
        return SpreadsheetCSV.render(header: header, rows: rows)
    }

    /// One row per logged event, with the XP it earned and why: the XP ledger.
    public func ledgerCSV(in l: Language) -> String {
        let columns: [ExportText] = [
            .columnTeam, .columnEvent, .columnKind, .columnTarget, .columnMoment, .columnXP, .columnReason,
        ]
        let header = columns.map { $0.text(l) }
        let formatter = ISO8601DateFormatter()
        let rows = reports.flatMap { report in
            let awards = Dictionary(
                report.progress.state.ledger.map { ($0.eventID, $0) }, uniquingKeysWith: { first, _ in first })
            return report.events.map { event in
                [
                    report.team.name, "\(event.id)", event.activity.kind, event.activity.target,
                    formatter.string(from: event.occurredAt), "\(awards[event.id]?.points ?? 0)",
                    awards[event.id]?.reason ?? "",
                ]
            }
        }
        return SpreadsheetCSV.render(header: header, rows: rows)
    }

    /// xAPI 1.0.3 statements of every team's log (corrections as voiding statements).
    public func xapi(baseURL: String) -> [XAPIStatement] {
        let content = leerpad.content
        let exporter = XAPIExporter(baseURL: baseURL)
        let badgeNames = Dictionary(
            content.game.badges.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let moduleTitles = Dictionary(
            content.catalogue.modules.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        let useCaseTitles = Dictionary(
            content.useCases.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        return reports.flatMap { report in
            exporter.statements(
                team: Self.exportTeam(report), events: report.events, badges: report.progress.state.badges,
                badgeNames: badgeNames, moduleTitles: moduleTitles, useCaseTitles: useCaseTitles,
                revokedBadges: revokedBadges(report))
        }
    }

    /// Open Badges 3.0 credentials of every earned badge, per team, each signed by `issuer`'s
    /// active key as a VC-JWT (the key is made on first use); every signed credential is recorded,
    /// so that revoking its event revokes it.
    public func badges(issuer: BadgeIssuer, in language: Language) throws(AppError) -> [BadgeExport] {
        let exporter = BadgeExporter(issuer: issuer)
        let key = try leerpad.activeIssuerKey()
        let keys = try leerpad.issuerKeyStore()
        let signer: BadgeSigner
        do {
            signer = try BadgeSigner(issuer: issuer, keyID: key.id, privateKey: key.privateKey)
        } catch {
            throw .store(.invalidValue(field: "issuer key", reason: "\(error)"))
        }
        let now = leerpad.time.now()
        var exports: [BadgeExport] = []
        for report in reports {
            var signed: [BadgeExport.SignedBadge] = []
            for (badge, credential) in exporter.credentials(
                team: Self.exportTeam(report), earned: report.progress.state.badges,
                definitions: leerpad.content.game.badges, model: leerpad.content.model, language: language)
            {
                let jwt: String
                do {
                    jwt = try signer.sign(credential)
                } catch {
                    throw .store(.invalidValue(field: "badge", reason: "\(error)"))
                }
                try leerpad.storing { _ throws(StoreError) in
                    try keys.recordIssued(
                        IssuedCredential(
                            id: credential.id, teamID: report.team.id, eventID: badge.eventID, badgeID: badge.badgeID,
                            keyID: key.id, issuedAt: now))
                }
                signed.append(.init(credential: credential, jwt: jwt))
            }
            exports.append(BadgeExport(team: report.team.name, issuer: issuer, credentials: signed))
        }
        return exports
    }

    /// Every team's accepted path as all-day events (RFC 5545), stamped with the clock's now; UIDs
    /// are unique per team and run, so teams booked on the same run do not collide.
    public func calendar(in l: Language, host: String = "leerpad") throws(AppError) -> String {
        var events: [ICalendar.Event] = []
        for report in reports {
            events += try leerpad.agenda(for: report.team).events(
                catalogue: leerpad.content.catalogue, host: host, in: l, prefixed: true)
        }
        return ICalendar.render(events, productID: "-//Leerpad//Coordinator//NL", now: leerpad.time.now())
    }

    /// The badges that events revoked since had earned: the game state of the log without its
    /// corrections, kept to the badges of revoked events.
    private func revokedBadges(_ report: TeamReport) -> [EarnedBadge] {
        var revoked: Set<Int64> = []
        for case .correction(let target, _) in report.events.map(\.activity) { revoked.insert(target) }
        guard !revoked.isEmpty else { return [] }
        let uncorrected = report.events.filter {
            if case .correction = $0.activity { return false }
            return true
        }
        let content = leerpad.content
        let state = GameEngine.state(
            events: uncorrected, assessments: report.assessments,
            pathModuleIDs: report.path?.steps.map(\.moduleID) ?? [], context: content.gameContext,
            now: leerpad.time.now())
        return state.badges.filter { revoked.contains($0.eventID) }
    }

    private static func exportTeam(_ report: TeamReport) -> ExportTeam {
        ExportTeam(id: report.team.id, name: report.team.name, municipality: report.team.municipality)
    }
}
