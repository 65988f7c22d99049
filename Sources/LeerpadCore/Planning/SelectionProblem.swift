/// Choosing which modules to plan: a knapsack with two capacities (budget, hours) in which
/// taking a module means taking its prerequisites too.
struct SelectionProblem {
    /// One candidate with everything it brings along.
    struct Bundle {
        var moduleID: String
        /// The candidate and its prerequisites the team has not completed, as indices into `items`.
        var members: [Int]
    }

    let constraints: PlanConstraints
    /// Every module that may be planned: candidates and their prerequisites.
    private(set) var items: [String] = []
    private var cost: [Int] = []  // cents for the team
    private var hours: [Double] = []
    private var gain: [Double] = []
    private(set) var bundles: [Bundle] = []

    init(candidates: [ModuleRecommendation], catalogue: Catalogue, constraints: PlanConstraints, excluded: Set<String>)
    {
        self.constraints = constraints
        var index: [String: Int] = [:]
        func item(_ id: String) -> Int? {
            if let existing = index[id] { return existing }
            guard let module = catalogue.module(id) else { return nil }
            index[id] = items.count
            items.append(id)
            cost.append((module.costPerPerson * constraints.teamSize).cents)
            hours.append(module.hoursPerPerson)
            gain.append(0)
            return items.count - 1
        }
        for candidate in candidates {
            let needed = (catalogue.prerequisiteClosure(of: candidate.moduleID) + [candidate.moduleID])
                .filter { !constraints.completedModules.contains($0) }
            guard !needed.contains(where: excluded.contains) else { continue }
            let members = needed.compactMap(item)
            guard let own = index[candidate.moduleID] else { continue }
            gain[own] = candidate.expectedGain
            bundles.append(Bundle(moduleID: candidate.moduleID, members: members))
        }
    }

    /// The module ids of the best selection found, deterministic.
    func bestSelection() -> Set<String> {
        var state = State(count: items.count)
        // Greedy: the bundle with the most gain per share of the constraints, until nothing fits.
        while true {
            var best: (score: Double, gain: Double, bundle: Int)?
            for (number, bundle) in bundles.enumerated() where !state.selected[indexOf(bundle)] {
                let added = additions(bundle, state)
                guard fits(added, state) else { continue }
                let addedGain = added.reduce(0) { $0 + gain[$1] }
                let share =
                    Double(added.reduce(0) { $0 + cost[$1] }) / Double(max(constraints.budget.cents, 1))
                    + added.reduce(0) { $0 + hours[$1] } / max(constraints.hoursPerPerson, 1e-9)
                let score = addedGain / (share + 1e-9)
                if best == nil || score > best!.score || (score == best!.score && addedGain > best!.gain) {
                    best = (score, addedGain, number)
                }
            }
            guard let chosen = best else { break }
            state.add(additions(bundles[chosen.bundle], state), cost: cost, hours: hours, gain: gain)
        }
        var incumbent = state
        // Branch and bound over bundles, most valuable first, starting from the greedy value.
        let order = bundles.indices.sorted {
            (gain[indexOf(bundles[$0])], bundles[$1].moduleID) > (gain[indexOf(bundles[$1])], bundles[$0].moduleID)
        }
        var nodes = 0
        func search(_ position: Int, _ current: State, _ remainingGain: Double) {
            nodes += 1
            if current.gain > incumbent.gain + 1e-9 { incumbent = current }
            guard position < order.count, nodes < LearningPathPlanner.searchNodeLimit,
                current.gain + remainingGain > incumbent.gain + 1e-9
            else { return }
            let bundle = bundles[order[position]]
            let own = indexOf(bundle)
            let rest = remainingGain - (current.selected[own] ? 0 : gain[own])
            if !current.selected[own] {
                let added = additions(bundle, current)
                if fits(added, current) {
                    var next = current
                    next.add(added, cost: cost, hours: hours, gain: gain)
                    search(position + 1, next, rest)
                }
            }
            search(position + 1, current, rest)
        }
        search(0, State(count: items.count), bundles.reduce(0) { $0 + gain[indexOf($1)] })
        return Set(items.indices.filter { incumbent.selected[$0] }.map { items[$0] })
    }

    /// Why a candidate is not in `selected`: what it would cost against what is left.
    func reasonNotSelected(_ moduleID: String, selected: Set<String>) -> UnmetModule {
        var state = State(count: items.count)
        for index in items.indices where selected.contains(items[index]) {
            state.add([index], cost: cost, hours: hours, gain: gain)
        }
        guard let bundle = bundles.first(where: { $0.moduleID == moduleID }) else {
            return UnmetModule(moduleID: moduleID, reason: .overBudget(cost: .zero, remaining: .zero))
        }
        let added = additions(bundle, state)
        let addedCost = added.reduce(0) { $0 + cost[$1] }
        let addedHours = added.reduce(0) { $0 + hours[$1] }
        let remainingCents = constraints.budget.cents - state.cost
        if addedCost > remainingCents {
            return UnmetModule(
                moduleID: moduleID,
                reason: .overBudget(cost: Euros(cents: addedCost), remaining: Euros(cents: remainingCents)))
        }
        return UnmetModule(
            moduleID: moduleID,
            reason: .overHours(hours: addedHours, remaining: constraints.hoursPerPerson - state.hours))
    }

    private func indexOf(_ bundle: Bundle) -> Int { bundle.members.last! }

    private func additions(_ bundle: Bundle, _ state: State) -> [Int] {
        bundle.members.filter { !state.selected[$0] }
    }

    private func fits(_ added: [Int], _ state: State) -> Bool {
        state.cost + added.reduce(0) { $0 + cost[$1] } <= constraints.budget.cents
            && state.hours + added.reduce(0) { $0 + hours[$1] } <= constraints.hoursPerPerson + 1e-9
    }

    struct State {
        var selected: [Bool]
        var cost = 0
        var hours = 0.0
        var gain = 0.0

        init(count: Int) {
            selected = Array(repeating: false, count: count)
        }

        mutating func add(_ indices: [Int], cost: [Int], hours: [Double], gain: [Double]) {
            for index in indices where !selected[index] {
                selected[index] = true
                self.cost += cost[index]
                self.hours += hours[index]
                self.gain += gain[index]
            }
        }
    }
}
