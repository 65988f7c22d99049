import LeerpadCore
import LeerpadStore

/// Which teams an overview shows: those of one municipality or all in scope, one page at a time,
/// so that a dashboard across all ~340 municipalities stays readable and fast.
public struct TeamSelection: Sendable, Hashable {
    /// Teams per page.
    public static let pageSize = 50
    /// Up to this many selected teams, the course demand across them is shown; beyond, choose a
    /// municipality (the CSV export and `GET /api/demand` give the demand across all).
    public static let demandLimit = 500

    /// Only this municipality's teams, if given.
    public var municipality: String?
    /// The page, from 1.
    public var page: Int

    /// A selection of `municipality` (all when nil), page `page` (clamped to at least 1).
    public init(municipality: String? = nil, page: Int = 1) {
        self.municipality = municipality.flatMap { $0.isEmpty ? nil : $0 }
        self.page = max(1, page)
    }
}

/// The teams of a ``TeamSelection``: one page of reports, and what the pager and filter need.
public struct SelectedTeams: Sendable {
    /// The reports of the teams on this page, by name.
    public var reports: [TeamReport]
    /// How many teams match the selection.
    public var total: Int
    /// The page shown (clamped to the last page).
    public var page: Int
    /// How many pages there are (at least 1).
    public var pageCount: Int
    /// Every municipality in scope with its number of teams, by name.
    public var municipalities: [(name: String, teams: Int)]
    /// The course demand across every selected team, or nil when more than
    /// ``TeamSelection/demandLimit`` teams match.
    public var demand: [ModuleDemand]?
}

extension Leerpad {
    /// The teams in `scope` that `selection` names: one page of reports, the demand across all of
    /// them when they are few enough. Only the page's teams (and, for the demand, the selected
    /// ones) are reported; the rest is counted from the team list alone.
    public func select(_ selection: TeamSelection, in scope: AccessScope) throws(AppError) -> SelectedTeams {
        let inScope = try teams(in: scope)
        var counts: [String: Int] = [:]
        for team in inScope { counts[team.municipality, default: 0] += 1 }
        let matching = inScope.filter { selection.municipality == nil || $0.municipality == selection.municipality }
        let size = TeamSelection.pageSize
        let pageCount = max(1, (matching.count + size - 1) / size)
        let page = min(selection.page, pageCount)
        let shown = matching.dropFirst((page - 1) * size).prefix(size)
        var reports: [TeamReport] = []
        for team in shown { reports.append(try report(for: team)) }
        var demand: [ModuleDemand]?
        if matching.count <= TeamSelection.demandLimit {
            var all: [TeamReport] = []
            for team in matching { all.append(try report(for: team)) }
            demand = self.demand(of: all)
        }
        return SelectedTeams(
            reports: reports, total: matching.count, page: page, pageCount: pageCount,
            municipalities: counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, demand: demand)
    }
}
