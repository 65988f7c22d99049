/// Places selected modules on the calendar: levels, order and run bookings.
///
/// A team is never booked on two scheduled runs whose days overlap (self-paced study fits
/// around them); a module whose only runs with places clash with earlier bookings is unmet
/// with ``UnmetReason/runsOverlap(earliest:end:)``.
struct Scheduler {
    let catalogue: Catalogue
    let constraints: PlanConstraints
    let recommendations: [ModuleRecommendation]

    /// The steps that could be placed and the modules that could not.
    struct Result {
        var steps: [PlannedStep] = []
        var failures: [UnmetModule] = []
    }

    /// Study hours per week assumed for self-paced e-learning.
    static let selfPacedHoursPerWeek = 8.0

    func schedule(_ selected: Set<String>) -> Result {
        let recommendation = Dictionary(
            recommendations.map { ($0.moduleID, $0) }, uniquingKeysWith: { first, _ in first })
        var level: [String: Int] = [:]
        func levelOf(_ id: String) -> Int {
            if let known = level[id] { return known }
            guard let module = catalogue.module(id) else { return 1 }
            level[id] = 1  // guards against cycles, which the catalogue reader rejects anyway
            let own = max(1, (module.raises.map(\.level).max() ?? 2) - 1)
            let afterPrerequisites = module.prerequisites.filter(selected.contains).map { levelOf($0) + 1 }.max() ?? 1
            let result = max(own, afterPrerequisites)
            level[id] = result
            return result
        }
        let ordered = selected.sorted {
            let left = (levelOf($0), -(recommendation[$0]?.priority ?? 0), -(recommendation[$0]?.expectedGain ?? 0))
            let right = (levelOf($1), -(recommendation[$1]?.priority ?? 0), -(recommendation[$1]?.expectedGain ?? 0))
            return left != right ? left < right : $0 < $1
        }

        var result = Result()
        var ends: [String: CalendarDate] = [:]
        var booked: [RunBooking] = []
        var failed: Set<String> = []
        for id in ordered {
            guard let module = catalogue.module(id) else { continue }
            if let missing = module.prerequisites.first(where: failed.contains) {
                result.failures.append(UnmetModule(moduleID: id, reason: .prerequisiteUnplanned(missing)))
                failed.insert(id)
                continue
            }
            let earliest = module.prerequisites.compactMap { ends[$0]?.adding(days: 1) }.reduce(constraints.start, max)
            guard let bookings = book(module, earliest: earliest, around: booked) else {
                let reason: UnmetReason =
                    book(module, earliest: earliest, around: []) == nil
                    ? .noRun(earliest: earliest, end: constraints.end)
                    : .runsOverlap(earliest: earliest, end: constraints.end)
                result.failures.append(UnmetModule(moduleID: id, reason: reason))
                failed.insert(id)
                continue
            }
            booked += bookings.filter { $0.runID != nil }
            let step = PlannedStep(
                moduleID: id, level: levelOf(id), bookings: bookings, hoursPerPerson: module.hoursPerPerson,
                cost: module.costPerPerson * constraints.teamSize, expectedGain: recommendation[id]?.expectedGain ?? 0,
                requiredBy: ordered.filter { catalogue.module($0)?.prerequisites.contains(id) == true },
                isPrerequisiteOnly: recommendation[id] == nil)
            ends[id] = step.end
            result.steps.append(step)
        }
        return result
    }

    /// Bookings for the whole team on `module` on runs that overlap none of `booked`, or `nil`
    /// when the runs cannot take it.
    private func book(_ module: TrainingModule, earliest: CalendarDate, around booked: [RunBooking]) -> [RunBooking]? {
        if module.isSelfPaced {
            let weeks = Int((module.hoursPerPerson / Self.selfPacedHoursPerWeek).rounded(.up))
            let end = earliest.adding(days: max(1, weeks) * 7 - 1)
            guard end <= constraints.end else { return nil }
            return [
                RunBooking(
                    runID: nil, start: earliest, end: end, location: "online", isOnline: true,
                    people: constraints.teamSize)
            ]
        }
        let runs = module.runs
            .filter { run in
                run.start >= earliest && run.end <= constraints.end && run.placesLeft > 0
                    && !booked.contains { $0.start <= run.end && run.start <= $0.end }
            }
            .sorted { ($0.start, $0.id) < ($1.start, $1.id) }
        let capacity = { (run: CourseRun) in min(run.placesLeft, module.maxGroupSize) }
        if let whole = runs.first(where: { capacity($0) >= constraints.teamSize }) {
            return [booking(whole, people: constraints.teamSize)]
        }
        var remaining = constraints.teamSize
        var bookings: [RunBooking] = []
        for run in runs where remaining > 0 {
            let people = min(capacity(run), remaining)
            bookings.append(booking(run, people: people))
            remaining -= people
        }
        return remaining == 0 ? bookings : nil
    }

    private func booking(_ run: CourseRun, people: Int) -> RunBooking {
        RunBooking(
            runID: run.id, start: run.start, end: run.end, location: run.location, isOnline: run.isOnline,
            people: people)
    }
}
