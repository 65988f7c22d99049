import ArgumentParser
import Foundation
import LeerpadContent
import Testing

@testable import LeerpadCLI

/// `leerpad catalogue …`, run in-process (so it is tested before it is registered in `leerpad`).
@Suite("leerpad catalogue validate, import, export")
struct CatalogueCommandTests {
    static let content = CommandRunner.repository.appendingPathComponent("Content").path
    static let fixtures = CommandRunner.repository.appendingPathComponent("Tests/LeerpadContentTests/Fixtures")

    /// Parses and runs `arguments`; `true` when it succeeds, `false` when it exits with failure.
    func succeeds(_ arguments: [String]) throws -> Bool {
        var command = try CatalogueCommand.parseAsRoot(arguments + ["--content", Self.content])
        do {
            try command.run()
            return true
        } catch let exit as ExitCode where exit == .failure {
            return false
        }
    }

    func temporary(_ name: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "leerpad-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent(name)
    }

    @Test("validate passes the shipped catalogue with and without --stream, and fails a broken one")
    func validate() throws {
        #expect(try succeeds(["validate"]))
        #expect(try succeeds(["validate", "--stream"]))
        let broken = Self.fixtures.appendingPathComponent("catalogue/schema-error.xml").path
        #expect(try !succeeds(["validate", broken]))
        #expect(try !succeeds(["validate", broken, "--stream"]))
    }

    @Test("export → import writes the shipped catalogue back unchanged")
    func exportImport() throws {
        let feed = try temporary("feed.xml")
        let native = try temporary("catalogue.xml")
        #expect(try succeeds(["export", "--to", "xcri", "-o", feed.path]))
        #expect(try succeeds(["import", feed.path, "--from", "xcri", "-o", native.path, "--strict"]))
        let directory = ContentDirectory(url: URL(fileURLWithPath: Self.content))
        let original = try directory.loadCatalogue(model: nil)
        let back = try directory.loadCatalogue(from: native, model: nil)
        #expect(back.modules == original.modules)
        #expect(back.providers == original.providers)
    }

    @Test("import detects EDU-DEX, fails on errors, and --strict fails on warnings")
    func importFeeds() throws {
        let output = try temporary("edudex.xml")
        let program = Self.fixtures.appendingPathComponent("standards/edudex-program.xml").path
        #expect(try succeeds(["import", program, "-o", output.path]))
        #expect(FileManager.default.fileExists(atPath: output.path))
        #expect(try !succeeds(["import", program, "-o", output.path, "--strict"]))
        #expect(try !succeeds(["import", Self.fixtures.appendingPathComponent("standards/xcri-broken.xml").path]))
        #expect(try !succeeds(["import", program, "--from", "xcri"]))
    }

    @Test("EDU-DEX: export → import → export gives the same file, byte for byte, and the same modules")
    func edudexRoundTrip() throws {
        let feed = try temporary("edudex.xml")
        let native = try temporary("catalogue.xml")
        let again = try temporary("edudex-again.xml")
        #expect(try succeeds(["export", "--to", "edudex", "-o", feed.path]))
        // Not --strict: EDU-DEX names no provider, which the importer warns about.
        #expect(try succeeds(["import", feed.path, "--from", "edudex", "-o", native.path]))
        #expect(try succeeds(["export", native.path, "--to", "edudex", "-o", again.path]))
        let first = try Data(contentsOf: feed)
        #expect(!first.isEmpty)
        #expect(try Data(contentsOf: again) == first)
        let directory = ContentDirectory(url: URL(fileURLWithPath: Self.content))
        let original = try directory.loadCatalogue(model: nil)
        let back = try directory.loadCatalogue(from: native, model: nil)
        #expect(back.modules == original.modules)
        #expect(back.generated == original.generated)
        #expect(
            back.providers.map(\.id)
                == original.providers.map(\.id).filter { id in
                    original.modules.contains { $0.providerID == id }
                })
    }
}
