import Foundation
import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// The shipped Content and a fresh SQLite file, on a pinned clock and seed.
struct AppFixture {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let content: ContentBundle = {
        do {
            return try ContentDirectory(url: repository.appendingPathComponent("Content")).loadBundle()
        } catch {
            fatalError("the shipped Content must load: \(error)")
        }
    }()
    /// 2027-03-01 09:00 UTC, a Monday.
    static let now = Date(timeIntervalSince1970: 1_803_891_600)

    let leerpad: Leerpad
    let path: String

    init(seed: UInt64 = 7) throws {
        path =
            FileManager.default.temporaryDirectory.appendingPathComponent("leerpad-app-\(UUID().uuidString).sqlite")
            .path
        let time = TimeSource.fixed(Self.now)
        let random = RandomSource.seeded(seed)
        let store = try SQLiteProgressStore(path: path, time: time, random: random)
        leerpad = Leerpad(store: store, content: Self.content, time: time, random: random, passwordCost: 4)
    }

    /// The responses of a sample team's answer sheet.
    static func responses(_ file: String) throws -> [Response] {
        try AnswerSheetReader(model: content.model)
            .read(contentsOf: repository.appendingPathComponent("Scenarios/teams/\(file)")).responses
    }
}
