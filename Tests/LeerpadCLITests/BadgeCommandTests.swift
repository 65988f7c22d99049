import Foundation
import Testing

/// Signed badges end to end: `leerpad export badges` signs, `leerpad badge verify` and an
/// independent verifier (PyJWT with cryptography, `scripts/verify-vc-jwt.py`) accept them,
/// and refuse them after one field changes; a revoked event's badge shows as revoked.
@Suite("Signed Open Badges through the CLI", .serialized)
struct BadgeCommandTests {
    let directory: URL
    let database: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("leerpad-badges-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        database = directory.appendingPathComponent("leerpad.sqlite").path
    }

    @discardableResult
    func run(_ arguments: [String], expecting status: Int32 = 0) throws -> CommandRunner.Result {
        let result = try CommandRunner.run(arguments + ["--db", database])
        #expect(result.status == status, "\(arguments): \(result.output) \(result.errors)")
        return result
    }

    func file(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// Runs the independent verifier; `nil` (with one loud line) when PyJWT is not installed.
    func independent(document: String, token: String) throws -> Bool? {
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", "import jwt, cryptography"]
        check.standardError = FileHandle.nullDevice
        try check.run()
        check.waitUntilExit()
        guard check.terminationStatus == 0 else {
            print(
                "SKIPPED: the independent VC-JWT check needs PyJWT and cryptography (bash scripts/test.sh installs them)"
            )
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", CommandRunner.repository.appendingPathComponent("scripts/verify-vc-jwt.py").path, document,
            try file("token-\(UUID().uuidString).jwt", token),
        ]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// `jwt` with its payload's `name` changed, the signature kept.
    func tampered(_ jwt: String) throws -> String {
        let parts = jwt.split(separator: ".").map(String.init)
        var base64 = parts[1].replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        let data = try #require(Data(base64Encoded: base64))
        var payload = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        payload["name"] = "Tien stappen"
        let changed = try JSONSerialization.data(withJSONObject: payload, options: [.sortedKeys])
        let encoded = changed.base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        return [parts[0], encoded, parts[2]].joined(separator: ".")
    }

    @Test(
        "export badges → badge verify and PyJWT accept; one changed field fails both; rotation keeps old badges; revocation shows"
    )
    func lifecycle() throws {
        try run(["team", "add", "Sociaal Domein", "--size", "6"])
        try run(["progress", "record", "Sociaal Domein", "--completed", "data-literacy-intro", "--at", "2026-06-01"])
        let export = try file("badges.json", try run(["export", "badges"]).output)
        let documents = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: export))) as? [[String: Any]])
        let badges = try #require(documents.first?["credentials"] as? [[String: Any]])
        let jwt = try #require(badges.first?["jwt"] as? String)
        #expect(!jwt.isEmpty && documents.first?["signed"] as? Bool == true)

        let verified = try run(["badge", "verify", export])
        #expect(verified.output.hasPrefix("geldig: ‘Eerste stap’"), "\(verified.output)")
        let did = try file("did.json", try run(["badge", "did"]).output)
        #expect(!(try String(contentsOfFile: did, encoding: .utf8)).contains("privateKey"))
        if let independent = try independent(document: did, token: jwt) { #expect(independent) }

        // One changed field: both verifiers refuse.
        let forged = try tampered(jwt)
        let refused = try run(["badge", "verify", try file("forged.jwt", forged), "--lang", "en"], expecting: 1)
        #expect(refused.output.contains("the signature does not match"), "\(refused.output)")
        if let independent = try independent(document: did, token: forged) { #expect(!independent) }
        // A changed readable copy in the export is refused too.
        let original = try String(contentsOfFile: export, encoding: .utf8)
        let copy = original.replacingOccurrences(of: "\"name\" : \"Eerste stap\"", with: "\"name\" : \"Tien stappen\"")
        #expect(copy != original)
        let copied = try run(["badge", "verify", try file("copy.json", copy), "--lang", "en"], expecting: 1)
        #expect(copied.output.contains("differs from what was signed"), "\(copied.output)")

        // Rotation: the old badge still verifies, against the database and against the new did.json.
        try run(["badge", "rotate-key"])
        let rotated = try file("did-2.json", try run(["badge", "did"]).output)
        try run(["badge", "verify", export, "--did-document", rotated])
        if let independent = try independent(document: rotated, token: jwt) { #expect(independent) }

        // Revoking the event revokes its badge.
        try run(["progress", "record", "Sociaal Domein", "--revoke", "1", "--note", "verkeerd team"])
        let revoked = try run(["badge", "verify", export], expecting: 1)
        #expect(revoked.output.hasPrefix("ingetrokken: ‘Eerste stap’"), "\(revoked.output)")
        let status = try run(["badge", "status"]).output
        #expect(status.contains(try #require(badges.first?["credential"] as? [String: Any])["id"] as! String))
        // The list is public: the coordinator's note about the team stays out of it.
        #expect(!status.contains("verkeerd team"))
    }
}
