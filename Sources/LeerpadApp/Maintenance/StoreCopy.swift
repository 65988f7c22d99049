import Foundation
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// What `leerpad store copy` copied, and what it found when it compared both stores afterwards.
public struct StoreCopy: Sendable {
    /// A difference between the source and the copy.
    public struct Difference: Sendable, Hashable {
        /// The team, or `*` for a whole table.
        public var team: String
        /// What differs (`rows in progressEvent`, `events`, `xp`, `level`, `badges`, `team`).
        public var what: String
        /// In the source.
        public var source: String
        /// In the copy.
        public var copy: String
    }

    /// Rows copied per table, in load order.
    public var rows: [(table: StoreTable, count: Int)]
    /// Teams compared.
    public var teams: Int
    /// Events compared.
    public var events: Int
    /// Differences; none when the copy is faithful.
    public var differences: [Difference]

    /// Copies every row of `source` into the empty `target` (one transaction, ids kept), then
    /// compares: row counts per table, and per team its data, its events, and the XP, level and
    /// badges derived from each store's log with `content`.
    public static func run(
        from source: any LeerpadDatabase, to target: any LeerpadDatabase, content: ContentBundle,
        batchSize: Int = 5_000
    ) throws(AppError) -> StoreCopy {
        do {
            try target.load(from: source, batchSize: batchSize)
        } catch {
            throw .store(error)
        }
        let before = Leerpad(store: source, content: content)
        let after = Leerpad(store: target, content: content)
        var copy = StoreCopy(rows: [], teams: 0, events: 0, differences: [])
        for table in StoreTable.allCases {
            let (from, to) = try counts(table, source, target)
            copy.rows.append((table, to))
            if from != to {
                copy.differences.append(
                    .init(team: "*", what: "rows in \(table.rawValue)", source: "\(from)", copy: "\(to)"))
            }
        }
        let copiedTeams = Dictionary(try after.teams().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for team in try before.teams() {
            copy.teams += 1
            guard let copied = copiedTeams[team.id] else {
                copy.differences.append(.init(team: team.name, what: "team", source: "present", copy: "missing"))
                continue
            }
            let identity = { (team: Team) in
                "\(team.name)|\(team.municipality)|\(team.size)|\(team.accessCode)|\(team.leaderboardOptOut)"
            }
            if identity(team) != identity(copied) {
                copy.differences.append(
                    .init(team: team.name, what: "team", source: identity(team), copy: identity(copied)))
            }
            let original = try before.report(for: team)
            let duplicate = try after.report(for: copied)
            copy.events += original.events.count
            if comparable(original.events) != comparable(duplicate.events) {
                copy.differences.append(
                    .init(
                        team: team.name, what: "events", source: "\(original.events.count)",
                        copy: "\(duplicate.events.count), not the same"))
            }
            let pairs: [(String, String, String)] = [
                ("xp", "\(original.progress.state.xp)", "\(duplicate.progress.state.xp)"),
                ("level", "\(original.progress.state.level.number)", "\(duplicate.progress.state.level.number)"),
                (
                    "badges", original.progress.state.badges.map(\.badgeID).joined(separator: " "),
                    duplicate.progress.state.badges.map(\.badgeID).joined(separator: " ")
                ),
            ]
            for (what, from, to) in pairs where from != to {
                copy.differences.append(.init(team: team.name, what: what, source: from, copy: to))
            }
        }
        return copy
    }

    /// Events with their instants to the millisecond, the precision both stores keep.
    private static func comparable(_ events: [ProgressEvent]) -> [ProgressEvent] {
        events.map { event in
            var event = event
            event.occurredAt = Date(
                timeIntervalSince1970: (event.occurredAt.timeIntervalSince1970 * 1000).rounded() / 1000)
            return event
        }
    }

    private static func counts(_ table: StoreTable, _ source: any LeerpadDatabase, _ target: any LeerpadDatabase)
        throws(AppError) -> (Int, Int)
    {
        do {
            return (try source.rowCount(of: table), try target.rowCount(of: table))
        } catch {
            throw .store(error)
        }
    }
}
