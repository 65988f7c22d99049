/// Finds prerequisite cycles in a graph of module ids, without needing the modules.
enum PrerequisiteCycles {
    /// One cycle per module on a cycle, as the ids along it (first id repeated at the end),
    /// in a deterministic order. Links to unknown ids are ignored.
    ///
    /// - Complexity: O(*n* + *e*) per module on a cycle; O(*n* + *e*) when there is none.
    static func find(in prerequisites: [String: [String]]) -> [[String]] {
        var state: [String: Int] = [:]  // 1 = on the path, 2 = done
        var path: [String] = []
        var onCycle: Set<String> = []
        func visit(_ id: String) {
            state[id] = 1
            path.append(id)
            for next in prerequisites[id] ?? [] where prerequisites[next] != nil || next == id {
                switch state[next] {
                case 1?:
                    if let start = path.firstIndex(of: next) { onCycle.formUnion(path[start...]) }
                case nil: visit(next)
                default: break
                }
            }
            path.removeLast()
            state[id] = 2
        }
        for id in prerequisites.keys.sorted() where state[id] == nil { visit(id) }
        return onCycle.sorted().compactMap { id in cycle(from: id, in: prerequisites) }
    }

    /// The shortest cycle back to `id`, by breadth-first search.
    private static func cycle(from id: String, in prerequisites: [String: [String]]) -> [String]? {
        var previous: [String: String] = [:]
        var queue = [id]
        var index = 0
        while index < queue.count {
            let current = queue[index]
            index += 1
            for next in prerequisites[current] ?? [] {
                if next == id {
                    var path = [current]
                    while let step = previous[path[0]] { path.insert(step, at: 0) }
                    return path + [id]
                }
                if previous[next] == nil, next != id, prerequisites[next] != nil {
                    previous[next] = current
                    queue.append(next)
                }
            }
        }
        return nil
    }
}
