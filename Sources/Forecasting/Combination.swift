/// Forecast combination by equal weights.
public enum Combination {
    /// The mean of the point forecasts and of the interval bounds at each common level.
    /// The method name lists the members, for example `Combo(ETS(M,Ad,M), Theta(DOTM))`.
    public static func mean(_ members: [Forecast]) -> Forecast {
        precondition(!members.isEmpty)
        let h = members.map(\.horizon).min() ?? 0
        let k = Double(members.count)
        func average(_ pick: (Forecast) -> [Double]) -> [Double] {
            (0..<h).map { i in members.reduce(0) { $0 + pick($1)[i] } / k }
        }
        let mean = average(\.mean)
        let levels = members[0].intervals.map(\.level).filter { l in members.allSatisfy { $0.interval(level: l) != nil }
        }
        let intervals = levels.map { l in
            PredictionInterval(
                level: l, lower: average { $0.interval(level: l)!.lower },
                upper: average { $0.interval(level: l)!.upper })
        }
        // Members that fell back to the same method combine into that method, not into "Combo(Naive, Naive)".
        let distinct = members.map(\.method).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let name = distinct.count == 1 ? distinct[0] : "Combo(" + distinct.joined(separator: ", ") + ")"
        return Forecast(
            method: name, mean: mean, intervals: intervals,
            notes: ["equal-weight mean of " + members.map(\.method).joined(separator: " and ")]
                + members.flatMap(\.notes))
    }
}
