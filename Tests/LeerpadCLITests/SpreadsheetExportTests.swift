import Foundation
import Testing

/// Every CSV export goes through the one spreadsheet writer, which defuses formulas.
@Suite("Spreadsheet exports")
struct SpreadsheetExportTests {
    @Test("a team name that looks like a formula is written as text in both CSV exports")
    func formulaDefused() throws {
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("leerpad-csv-\(UUID()).sqlite")
            .path
        defer { try? FileManager.default.removeItem(atPath: database) }
        #expect(try CommandRunner.run(["team", "add", "=HYPERLINK(\"x\")", "--db", database]).status == 0)
        #expect(
            try CommandRunner.run([
                "progress", "record", "=HYPERLINK(\"x\")", "--tried", "waste-routes", "--db", database,
            ])
            .status == 0)
        for extra in [[], ["--events"]] {
            let csv = try CommandRunner.run(["export", "csv", "--db", database] + extra).output
            let rows = csv.components(separatedBy: "\r\n")
            #expect(rows.count == 3, "header, one row, the final line end: \(rows)")
            #expect(rows[1].hasPrefix("\"'=HYPERLINK(\"\"x\"\")\";"), "\(rows[1])")
        }
    }
}
