/// The result of solving one benchmark instance.
public struct BenchmarkEntry: Sendable, Codable, Hashable {
    /// Instance name (file name without extension).
    public var instance: String
    /// Instance family: "X" for Uchoa et al., "A/B/P" for the Augerat-style sets.
    public var family: String
    /// Cost found by the solver.
    public var cost: Double
    /// Best-known cost from the `.sol` file, if one was found.
    public var bestKnown: Double?
    /// Gap to the best-known cost in percent.
    public var gapPercent: Double?
    /// Whether the returned solution is feasible.
    public var feasible: Bool
    /// Wall-clock seconds used.
    public var seconds: Double
    /// Ruin-and-recreate iterations.
    public var iterations: Int
    /// Moves evaluated per second (local search and insertion positions).
    public var movesPerSecond: Double
}

/// A benchmark run over a folder of instances, with mean gaps per family.
public struct BenchmarkReport: Sendable, Codable {
    /// One entry per instance, in file-name order.
    public var entries: [BenchmarkEntry]

    /// Creates a report from entries.
    public init(entries: [BenchmarkEntry]) {
        self.entries = entries
    }

    /// Mean gap per family (only instances with a best-known cost).
    public var meanGapByFamily: [(family: String, meanGap: Double, count: Int)] {
        var families: [String] = []
        for entry in entries where !families.contains(entry.family) { families.append(entry.family) }
        return families.sorted().compactMap { family in
            let gaps = entries.filter { $0.family == family }.compactMap(\.gapPercent)
            guard !gaps.isEmpty else { return nil }
            return (family, gaps.reduce(0, +) / Double(gaps.count), gaps.count)
        }
    }
}
