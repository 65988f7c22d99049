import LeerpadCore

/// Generates planning problems of any size — a catalogue with prerequisite chains and runs,
/// and recommendations for it — for benchmarks and property tests. Deterministic per seed.
public struct SyntheticPlanningProblem: Sendable {
    /// The generated catalogue.
    public var catalogue: Catalogue
    /// Recommendations of (about half of) its modules.
    public var recommendations: Recommendations

    /// A problem with `moduleCount` modules starting on `start`, from `seed`.
    public init(moduleCount: Int, seed: UInt64, start: CalendarDate) {
        var random = SplitMix64(seed: seed)
        var modules: [TrainingModule] = []
        var recommended: [ModuleRecommendation] = []
        let formats = ModuleFormat.allCases
        for index in 0..<moduleCount {
            let id = "m\(index)"
            let format = formats[Int.random(in: 0..<formats.count, using: &random)]
            // Up to two prerequisites among the previous modules keeps the graph acyclic.
            var prerequisites: [String] = []
            if index > 0 {
                for _ in 0..<Int.random(in: 0...2, using: &random) where Bool.random(using: &random) {
                    let candidate = "m\(Int.random(in: max(0, index - 30)..<index, using: &random))"
                    if !prerequisites.contains(candidate) { prerequisites.append(candidate) }
                }
            }
            var runs: [CourseRun] = []
            if format != .eLearning || Bool.random(using: &random) {
                for run in 0..<Int.random(in: 1...4, using: &random) {
                    let first = start.adding(days: Int.random(in: 0...330, using: &random))
                    runs.append(
                        CourseRun(
                            id: "\(id)-r\(run)", start: first,
                            end: first.adding(days: Int.random(in: 0...4, using: &random)),
                            location: Bool.random(using: &random) ? "online" : "Utrecht", isOnline: false,
                            placesLeft: Int.random(in: 0...20, using: &random)))
                }
            }
            let level = Int.random(in: 2...5, using: &random)
            modules.append(
                TrainingModule(
                    id: id, providerID: "synthetic", title: LocalizedText(dutch: id, english: id),
                    description: LocalizedText(dutch: "", english: ""),
                    raises: [LevelTarget(subdimensionID: "s\(index % 17)", level: level)], prerequisites: prerequisites,
                    format: format, hoursPerPerson: Double(Int.random(in: 2...32, using: &random)),
                    costPerPerson: Euros(cents: Int.random(in: 0...200, using: &random) * 1000),
                    maxGroupSize: Int.random(in: 4...20, using: &random), runs: runs))
            if Bool.random(using: &random) {
                let priority = Int.random(in: 1...5, using: &random)
                recommended.append(
                    ModuleRecommendation(
                        moduleID: id, priority: priority, gap: Double(Int.random(in: 1...300, using: &random)) / 100,
                        subdimensionIDs: ["s\(index % 17)"], firings: []))
            }
        }
        catalogue = Catalogue(
            generated: "synthetic", providers: [Provider(id: "synthetic", name: "Synthetic", isFictional: true)],
            modules: modules)
        recommendations = Recommendations(
            modules: recommended.sorted { ($0.priority, $0.gap, $1.moduleID) > ($1.priority, $1.gap, $0.moduleID) },
            useCases: [])
    }
}
