import Foundation
import LeerpadContent
import LeerpadCore

/// Where the repository's Content and this target's fixtures are.
enum TestPaths {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let content = ContentDirectory(url: repository.appendingPathComponent("Content"))
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func fixture(_ path: String) -> URL { fixtures.appendingPathComponent(path) }

    static let model: MaturityModel = {
        do {
            return try content.loadModel()
        } catch {
            fatalError("the shipped model must load: \(error)")
        }
    }()

    /// A fresh temporary directory for one test.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("leerpad-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
