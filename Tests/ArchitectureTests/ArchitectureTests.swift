import Foundation
import Testing

/// The architecture the README describes is the one Package.swift builds, and the dependency
/// rules hold in the sources.
@Suite("Architecture")
struct ArchitectureTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let manifest = PackageManifest(
        text: (try? String(contentsOf: repository.appendingPathComponent("Package.swift"), encoding: .utf8)) ?? "")

    /// The README's architecture table: target → what it imports.
    static func readmeTable() throws -> [String: [String]] {
        let readme = try String(contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Architecture").dropFirst().first)
        var table: [String: [String]] = [:]
        for line in section.components(separatedBy: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 3 else { continue }
            let name = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            table[name] =
                cells[2] == "—"
                ? []
                : cells[2].components(separatedBy: ", ").map {
                    $0.trimmingCharacters(in: CharacterSet(charactersIn: "` "))
                }
        }
        return table
    }

    @Test("the README's architecture table lists every target of Package.swift with its dependencies")
    func readmeMatchesManifest() throws {
        let targets = Self.manifest.targets.filter { $0.kind != "testTarget" }
        #expect(targets.count >= 12, "could not read the targets of Package.swift")
        let table = try Self.readmeTable()
        #expect(Set(table.keys) == Set(targets.map(\.name)))
        for target in targets {
            #expect(Set(table[target.name] ?? ["missing"]) == Set(target.dependencies), "\(target.name)")
        }
    }

    @Test("the core and the demo libraries import nothing of the application")
    func dependencyRules() {
        let byName = Dictionary(uniqueKeysWithValues: Self.manifest.targets.map { ($0.name, $0.dependencies) })
        #expect(byName["LeerpadCore"] == [])
        #expect(byName["DelimitedText"] == [])
        #expect(byName["Routing"] == ["DelimitedText"])
        #expect(byName["Forecasting"] == ["DelimitedText"])
        #expect(byName["LeerpadApp"].map { !$0.contains("LeerpadWeb") && !$0.contains("LeerpadCLI") } == true)
    }

    @Test(
        "the front ends compose no use case themselves: no scoring, recommending or planning outside LeerpadApp",
        arguments: ["LeerpadCLI", "LeerpadWeb"])
    func frontEndsUseTheApplicationLayer(target: String) throws {
        let forbidden = ["Recommender.", "LearningPathPlanner.", "CourseDemand.", "GameEngine.", "TeamProgress("]
        let folder = Self.repository.appendingPathComponent("Sources/\(target)")
        let files = try #require(FileManager.default.enumerator(atPath: folder.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") }
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for call in forbidden {
                #expect(!text.contains(call), "\(target)/\(file) calls \(call) directly")
            }
        }
    }
}
