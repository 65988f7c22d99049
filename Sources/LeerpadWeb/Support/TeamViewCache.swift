import Foundation
import LeerpadCore
import LeerpadStore

/// Keeps what a team's page and progress API render, so that a request whose inputs did not
/// change costs one lookup of the team by its code instead of the report, the standings of every
/// team, the open round and the rendering.
///
/// An entry belongs to the team's ``Team/revision`` — raised by the database on every write about
/// the team, from any process — and to the language, the day (streaks move with the calendar) and
/// the view's own variant; so the team's own changes show at once. What the view shows of others
/// (its neighbours on the leaderboard) and an open round's count of responses do not raise the
/// revision: an entry is therefore used for at most ``freshness`` (1 s), and every write through
/// this server (any request other than GET and HEAD) or a new catalogue drops all entries.
final class TeamViewCache: @unchecked Sendable {
    /// Which rendering of a team.
    enum View: Hashable, Sendable {
        /// The body of `/t/{code}`; `notice` when `?done=path` asks for the "path saved" line.
        case page(notice: Bool)
        /// The JSON of `/api/teams/{code}/progress`.
        case progress
    }

    private struct Key: Hashable {
        var view: View
        var teamID: Int64
        var revision: Int64
        var language: Language
        var day: Int
    }

    private struct Entry {
        var value: any Sendable
        var madeAt: ContinuousClock.Instant
    }

    /// How long an entry is used before it is made again (for others' data it shows).
    let freshness: Duration
    private let capacity: Int
    private let lock = NSLock()
    private var entries: [Key: Entry] = [:]
    /// Bumped by ``dropAll()``, so a value made before a write is not kept after it.
    private var generation = 0

    /// An empty cache of at most `capacity` entries, each used for at most `freshness`.
    init(freshness: Duration = .seconds(1), capacity: Int = 10_000) {
        self.freshness = freshness
        self.capacity = capacity
    }

    /// The kept `view` of `team` in `language` on the day of `now`, else what `make` makes (kept).
    func value<T: Sendable>(
        _ view: View, of team: Team, language: Language, now: Date, make: () throws -> T
    ) throws -> T {
        let key = Key(
            view: view, teamID: team.id, revision: team.revision, language: language,
            day: Int((now.timeIntervalSince1970 / 86_400).rounded(.down)))
        let clock = ContinuousClock.now
        lock.lock()
        if let entry = entries[key], clock - entry.madeAt < freshness, let value = entry.value as? T {
            lock.unlock()
            return value
        }
        let started = generation
        lock.unlock()
        let value = try make()
        lock.lock()
        if generation == started {
            if entries.count >= capacity { entries = [:] }
            entries[key] = Entry(value: value, madeAt: clock)
        }
        lock.unlock()
        return value
    }

    /// Drops every entry: something was written, or the Content changed.
    func dropAll() {
        lock.lock()
        entries = [:]
        generation &+= 1
        lock.unlock()
    }
}
