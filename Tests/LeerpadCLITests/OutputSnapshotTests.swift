import Foundation
import LeerpadTestSupport
import Testing

/// The text of the main commands, recorded in Dutch and English on a pinned clock and seed
/// (`LEERPAD_NOW`, `LEERPAD_SEED`): a change to what a coordinator reads is a reviewed diff.
@Suite("CLI output snapshots", .serialized)
struct OutputSnapshotTests {
    static let snapshot = Snapshot(besides: #filePath)
    static let pinned = ["LEERPAD_NOW": "2027-03-01T09:00:00Z", "LEERPAD_SEED": "2027"]
    static let teams = ["afvalbeheer.csv", "sociaal-domein.csv", "informatievoorziening.csv"].map {
        "Scenarios/teams/\($0)"
    }

    func run(_ arguments: [String], database: String? = nil) throws -> String {
        let result = try CommandRunner.run(arguments + (database.map { ["--db", $0] } ?? []), environment: Self.pinned)
        #expect(result.status == 0, "\(arguments): \(result.errors)")
        return result.output
    }

    @Test("recommend, plan and demand", arguments: ["nl", "en"])
    func planning(language: String) throws {
        let lang = ["--lang", language]
        try Self.snapshot.assert(
            try run(["recommend", Self.teams[0]] + lang), named: "recommend-afvalbeheer.\(language).txt")
        try Self.snapshot.assert(
            try run(
                ["plan", Self.teams[0], "--budget", "15.000,00", "--hours", "60", "--weeks", "40", "--team-size", "7"]
                    + lang),
            named: "plan-afvalbeheer.\(language).txt")
        try Self.snapshot.assert(
            try run(
                [
                    "plan", Self.teams[1], "--budget", "4000", "--hours", "20", "--weeks", "26", "--team-size", "6",
                    "--formats", "e-learning", "workshop", "--format", "csv",
                ] + lang),
            named: "plan-sociaal-domein.\(language).csv")
        try Self.snapshot.assert(try run(["demand"] + Self.teams + lang), named: "demand.\(language).txt")
    }

    @Test("progress show of a team with a path, progress and a reassessment", arguments: ["nl", "en"])
    func progress(language: String) throws {
        let database = FileManager.default.temporaryDirectory
            .appendingPathComponent("leerpad-snapshot-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: database) }
        _ = try run(["team", "add", "Afvalbeheer", "--size", "7"], database: database)
        _ = try run(
            ["assess", Self.teams[0], "--team", "Afvalbeheer", "--save", "--at", "2026-06-01"], database: database)
        _ = try run(
            ["path", "accept", "Afvalbeheer", "--budget", "15000", "--hours", "60", "--weeks", "40"],
            database: database)
        _ = try run(
            [
                "progress", "record", "Afvalbeheer", "--completed", "privacy-intro", "--score", "0,9", "--at",
                "2027-02-20",
            ],
            database: database)
        _ = try run(
            [
                "assess", "Scenarios/teams/afvalbeheer-2027.csv", "--team", "Afvalbeheer", "--save", "--at",
                "2027-02-26",
            ],
            database: database)
        try Self.snapshot.assert(
            try run(["progress", "show", "Afvalbeheer", "--lang", language], database: database),
            named: "progress-afvalbeheer.\(language).txt")
    }
}
