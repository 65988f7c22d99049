import LeerpadStore

/// What `leerpad store verify` found: every team's state derived anew from its log, compared
/// with the state the store kept for it.
public struct StoreVerification: Sendable {
    /// A kept value that differs from the one derived from the log.
    public struct Mismatch: Sendable, Hashable {
        /// The team.
        public var team: String
        /// Which value: `xp`, `level`, `badges`, `events` or `lastGainAt`.
        public var field: String
        /// What the store kept.
        public var kept: String
        /// What the log gives.
        public var derived: String
    }

    /// The teams checked.
    public var teams: Int
    /// The events in their logs.
    public var events: Int
    /// Kept states at the team's current revision, compared value by value.
    public var compared: Int
    /// Kept states of an older revision or other rules (not used; the next view replaces them).
    public var stale: Int
    /// The differences found; none when the store is sound.
    public var mismatches: [Mismatch]
}

extension Leerpad {
    /// Derives every team's state from its log (no cache) and compares it with what is kept.
    public func verifyStore() throws(AppError) -> StoreVerification {
        var fresh = self
        fresh.cache = nil
        let kept = try storing { store throws(StoreError) in try (store as? any TeamStateStore)?.keptStates() ?? [:] }
        let basis = content.gameContext.fingerprint
        var result = StoreVerification(teams: 0, events: 0, compared: 0, stale: 0, mismatches: [])
        for team in try teams() {
            let report = try fresh.report(for: team)
            result.teams += 1
            result.events += report.events.count
            guard let state = kept[team.id] else { continue }
            guard state.revision == team.revision, state.basis == basis else {
                result.stale += 1
                continue
            }
            result.compared += 1
            let derived = keptState(of: report, basis: basis)
            let fields: [(String, String, String)] = [
                ("xp", "\(state.xp)", "\(derived.xp)"), ("level", "\(state.level)", "\(derived.level)"),
                ("badges", state.badges.joined(separator: " "), derived.badges.joined(separator: " ")),
                ("events", "\(state.events)", "\(derived.events)"),
                (
                    "lastGainAt", "\(state.lastGainAt.map { "\($0)" } ?? "-")",
                    "\(derived.lastGainAt.map { "\($0)" } ?? "-")"
                ),
            ]
            for (field, keptValue, derivedValue) in fields where keptValue != derivedValue {
                result.mismatches.append(
                    .init(team: team.name, field: field, kept: keptValue, derived: derivedValue))
            }
        }
        return result
    }
}
