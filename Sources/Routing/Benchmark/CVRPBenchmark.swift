import Foundation

/// Runs the solver over every `.vrp` file of a folder and compares with the `.sol` files.
public enum CVRPBenchmark {
    /// The `.vrp` files in `directory`, sorted by name.
    /// - Throws: ``RoutingInputError`` when the folder cannot be read or holds no `.vrp` file.
    public static func instanceFiles(in directory: String) throws(RoutingInputError) -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw .unreadable(file: directory, reason: "cannot list folder")
        }
        let files = names.filter { $0.hasSuffix(".vrp") }.sorted()
        guard !files.isEmpty else { throw .missing(file: directory, part: .files(extension: "vrp")) }
        return files.map { (directory as NSString).appendingPathComponent($0) }
    }

    /// The family of an instance name: "X" for names starting with "X-", else "A/B/P".
    public static func family(of name: String) -> String {
        name.hasPrefix("X-") ? "X" : "A/B/P"
    }

    /// Solves one instance file and compares with the `.sol` file next to it, if any.
    public static func run(
        instanceAt path: String, configuration: SolverConfiguration
    ) throws -> BenchmarkEntry {
        let instance = try VRPLIBReader.read(path: path)
        let problem = try instance.problem()
        let result = RouteSolver(configuration: configuration).solve(problem)
        let solPath = String(path.dropLast(4)) + ".sol"
        var bestKnown: Double?
        if FileManager.default.fileExists(atPath: solPath) {
            bestKnown = try VRPLIBSolutionReader.read(path: solPath).cost
        }
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let cost = result.solution.distance
        return BenchmarkEntry(
            instance: name, family: family(of: name), cost: cost, bestKnown: bestKnown,
            gapPercent: bestKnown.map { 100 * (cost - $0) / $0 },
            feasible: result.solution.isFeasible, seconds: result.elapsed.seconds,
            iterations: result.iterations, movesPerSecond: result.movesPerSecond)
    }
}
