import Foundation
import Testing

@Suite("leerpad recommend, plan, demand and rules lint")
struct PlanningCommandTests {
    static let team = "Scenarios/teams/afvalbeheer.csv"
    static let planArguments = [
        "plan", team, "--budget", "15000", "--hours", "60", "--weeks", "40", "--team-size", "7", "--start",
        "2027-01-04",
    ]

    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 0, "\(result.errors)")
        return try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    }

    @Test("recommend: modules and use cases, each with id, priority, subdimensions and reasons")
    func recommend() throws {
        let document = try json(["recommend", Self.team, "--format", "json"])
        let modules = try #require(document["modules"] as? [[String: Any]])
        #expect(!modules.isEmpty)
        let priorities = modules.compactMap { $0["priority"] as? Int }
        #expect(priorities == priorities.sorted(by: >))
        for module in modules {
            #expect(module["module"] is String)
            #expect(module["subdimensions"] is [String])
            let reasons = try #require(module["reasons"] as? [[String: Any]])
            #expect(!reasons.isEmpty)
            #expect(reasons.allSatisfy { $0["rule"] is String && ($0["explanation"] as? String)?.isEmpty == false })
        }
        let useCases = try #require(document["useCases"] as? [[String: Any]])
        #expect(useCases.allSatisfy { $0["id"] is String && $0["reasons"] is [[String: Any]] })
    }

    @Test("plan JSON: steps by level on runs, totals within the constraints")
    func planJSON() throws {
        let document = try json(Self.planArguments + ["--format", "json"])
        let steps = try #require(document["steps"] as? [[String: Any]])
        #expect(!steps.isEmpty)
        let levels = steps.compactMap { $0["level"] as? Int }
        #expect(levels.count == steps.count && levels == levels.sorted())
        var cost = 0.0
        var hours = 0.0
        for step in steps {
            let run = try #require((step["bookings"] as? [[String: Any]])?.first)
            #expect((run["start"] as? String ?? "") >= "2027-01-04")
            #expect(run["location"] is String)
            cost += step["cost"] as? Double ?? 0
            hours += step["hoursPerPerson"] as? Double ?? 0
        }
        #expect(abs((document["totalCost"] as? Double ?? -1) - cost) < 0.005)
        #expect(abs((document["hoursPerPerson"] as? Double ?? -1) - hours) < 1e-9)
        #expect(cost <= 15000)
        #expect(hours <= 60)
        let unmet = try #require(document["unmet"] as? [[String: Any]])
        #expect(unmet.allSatisfy { $0["module"] is String && $0["code"] is String && $0["reason"] is String })
    }

    @Test("plan ics: a valid iCalendar with one all-day event per booked run")
    func planCalendar() throws {
        let document = try json(Self.planArguments + ["--format", "json"])
        let bookings = (document["steps"] as? [[String: Any]] ?? [])
            .flatMap { $0["bookings"] as? [[String: Any]] ?? [] }
        let result = try CommandRunner.run(Self.planArguments + ["--format", "ics"])
        #expect(result.status == 0)
        let calendar = result.output
        #expect(calendar.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(calendar.hasSuffix("END:VCALENDAR\r\n"))
        // Unfold (RFC 5545 §3.1) and check each event.
        let lines = calendar.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").dropLast()
        #expect(lines.allSatisfy { $0.contains(":") })
        let events = lines.split(separator: "BEGIN:VEVENT").dropFirst()
        #expect(events.count == bookings.count)
        for (event, booking) in zip(events, bookings) {
            let fields = Dictionary(
                event.compactMap { line -> (String, String)? in
                    guard let colon = line.firstIndex(of: ":") else { return nil }
                    return (String(line[..<colon]), String(line[line.index(after: colon)...]))
                }, uniquingKeysWith: { first, _ in first })
            let start = (booking["start"] as? String ?? "").replacingOccurrences(of: "-", with: "")
            #expect(fields["DTSTART;VALUE=DATE"] == start)
            #expect((fields["DTEND;VALUE=DATE"] ?? "") > start)
            #expect(fields["UID"]?.hasSuffix("@leerpad") == true)
            #expect(fields["DTSTAMP"]?.range(of: "^[0-9]{8}T[0-9]{6}Z$", options: .regularExpression) != nil)
            #expect(fields["SUMMARY"]?.isEmpty == false)
        }
        #expect(calendar.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
    }

    @Test("plan csv: semicolons, a byte-order mark, one row per booking")
    func planSpreadsheet() throws {
        let result = try CommandRunner.run(Self.planArguments + ["--format", "csv", "--lang", "en"])
        #expect(result.status == 0)
        #expect(
            result.output.hasPrefix("\u{FEFF}stage;module;title;format;start;end;location;people;hours pp;cost\r\n"))
        let rows = result.output.components(separatedBy: "\r\n").dropFirst().dropLast()
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.split(separator: ";", omittingEmptySubsequences: false).count == 10 })
    }

    @Test(
        "plan rejects impossible constraints with a clear message",
        arguments: [
            (["--budget", "-5"], "--budget"), (["--weeks", "0"], "--weeks"), (["--start", "4-1-2027"], "--start"),
            (["--formats", "webinar"], "webinar"), (["--completed", "bogus-id"], "bogus-id"),
        ])
    func planValidation(change: [String], words: String) throws {
        var arguments = Self.planArguments
        if let index = arguments.firstIndex(of: change[0]) {
            arguments[index + 1] = change[1]
        } else {
            arguments += change
        }
        let result = try CommandRunner.run(arguments)
        #expect(result.status != 0)
        #expect(result.errors.contains(words), "\(result.errors)")
        #expect(!result.errors.contains("Fatal error"))
    }

    @Test("demand: per module teams, people, runs and cost across the sample teams")
    func demand() throws {
        let document = try json([
            "demand", "Scenarios/teams/afvalbeheer.csv", "Scenarios/teams/sociaal-domein.csv",
            "Scenarios/teams/informatievoorziening.csv", "--format", "json",
        ])
        #expect(document["teams"] as? [String] == ["Afvalbeheer", "Sociaal Domein", "Informatievoorziening"])
        let modules = try #require(document["modules"] as? [[String: Any]])
        #expect(!modules.isEmpty)
        for module in modules {
            let people = try #require(module["people"] as? Int)
            let runs = try #require(module["runs"] as? Int)
            let maxGroup = try #require(module["maxGroupSize"] as? Int)
            #expect(people <= 18)  // 7 + 6 + 5 respondents
            if runs > 0 { #expect(runs == (people + maxGroup - 1) / maxGroup) }
        }
    }

    @Test("rules lint passes on the shipped rules and fails with warnings on a broken copy")
    func rulesLint() throws {
        let clean = try CommandRunner.run(["rules", "lint"])
        #expect(clean.status == 0, "\(clean.errors)")
        let rules = try String(
            contentsOf: CommandRunner.repository.appendingPathComponent("Content/rules.xml"), encoding: .utf8)
        let broken = rules.replacingOccurrences(
            of: "<when>score(ethics) &lt; 1.8</when>", with: "<when>score(ethics) &lt; 0.8</when>")
        #expect(broken != rules)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "leerpad-rules-\(UUID().uuidString).xml")
        try broken.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let result = try CommandRunner.run(["rules", "lint", "--rules", url.path, "--lang", "en"])
        #expect(result.status == 1)
        #expect(result.errors.contains("warning: rule ethics-severe: can never fire"), "\(result.errors)")
        let dutch = try CommandRunner.run(["rules", "lint", "--rules", url.path])
        #expect(dutch.status == 1)
        #expect(dutch.errors.contains("waarschuwing: regel ethics-severe: gaat nooit af"), "\(dutch.errors)")
    }

    @Test("demand counts a team once when two sheets belong to it, and says so")
    func demandDuplicateTeam() throws {
        let result = try CommandRunner.run([
            "demand", "Scenarios/teams/afvalbeheer.csv", "Scenarios/teams/afvalbeheer-2027.csv",
            "Scenarios/teams/sociaal-domein.csv", "--format", "json",
        ])
        #expect(result.status == 0)
        #expect(result.errors.contains("afvalbeheer.csv"), "\(result.errors)")
        #expect(result.errors.contains("afvalbeheer-2027.csv"))
        let document = try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let teams = try #require(document["teams"] as? [String])
        #expect(teams.count == 2, "\(teams)")
    }
}
