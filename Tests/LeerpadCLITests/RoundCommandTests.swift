import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import LeerpadContent
import LeerpadCore
import LeerpadStore
import LeerpadWeb
import Testing

/// Measurement rounds, accounts and a team's data through the commands — and a round answered
/// through the API, closed into exactly what `leerpad assess` makes of the same answers.
@Suite("Rounds, accounts and privacy through the CLI", .serialized)
struct RoundCommandTests {
    let directory: URL
    let database: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("leerpad-rounds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        database = directory.appendingPathComponent("leerpad.sqlite").path
    }

    @discardableResult
    func run(_ arguments: [String], expecting status: Int32 = 0, input: String? = nil) throws -> CommandRunner.Result {
        let result = try CommandRunner.run(arguments + ["--db", database], input: input)
        #expect(result.status == status, "\(arguments): \(result.errors)")
        return result
    }

    func json(_ arguments: [String]) throws -> [String: Any] {
        let output = try run(arguments + ["--format", "json"]).output
        return try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    }

    /// Three respondents' complete quickscan answers, with a "weet niet" each.
    static func answers(statements: [Statement]) -> [(role: String, values: [String: String])] {
        ["beleid", "uitvoering", "informatie"].enumerated().map { person, role in
            let values = Dictionary(
                uniqueKeysWithValues: statements.enumerated().map { index, statement in
                    (statement.id, index == person + 3 ? "weet niet" : String((index * (person + 2)) % 5 + 1))
                })
            return (role, values)
        }
    }

    @Test(
        "three API responses close into exactly the scores `assess` gives for the same answers as CSV; a fourth gets 409"
    )
    func roundEqualsAnswerSheet() async throws {
        try run(["team", "add", "Wijkteam", "--size", "7", "--municipality", "Vlietdam"])
        let opened = try json(["round", "open", "Wijkteam", "--instrument", "quickscan"])
        let id = try #require(opened["id"] as? Int)
        let token = try #require(opened["token"] as? String)
        #expect(token.count * 5 >= 80, "a token of at least 80 random bits")
        #expect((opened["url"] as? String)?.hasSuffix("/r/\(token)") == true)

        let content = try ContentDirectory(url: CommandRunner.repository.appendingPathComponent("Content")).loadBundle()
        let statements = try #require(content.model.questionnaires.first { $0.id == "quickscan" }).statements
        let people = Self.answers(statements: statements)
        let router = buildRouter(
            configuration: WebConfiguration(passwordCost: 4), content: content,
            store: try SQLiteProgressStore(path: database))
        try await Application(router: router).test(.router) { client in
            for person in people {
                let answers = statements.map { statement in
                    let value = person.values[statement.id]!
                    return "\"\(statement.id)\": " + (value == "weet niet" ? "\"weet niet\"" : value)
                }
                let body = #"{"role": "\#(person.role)", "answers": {\#(answers.joined(separator: ", "))}}"#
                let response = try await client.execute(
                    uri: "/api/r/\(token)/responses", method: .post, headers: [.contentType: "application/json"],
                    body: ByteBuffer(string: body))
                #expect(response.status == .created)
            }
        }
        let open = try json(["round", "status", String(id)])
        #expect(open["state"] as? String == "open")
        #expect(open["responses"] as? Int == 3)
        #expect(open["teamSize"] as? Int == 7)
        #expect(open["minimum"] as? Int == 3)
        #expect(open["assessment"] is NSNull || open["assessment"] == nil)
        try run(["round", "close", String(id)])
        let closed = try json(["round", "status", String(id)])
        #expect(closed["state"] as? String == "closed")
        let fromRound = try #require(closed["assessment"] as? [String: Any])

        let header = "respondent;role;" + statements.map(\.id).joined(separator: ";")
        let rows = people.enumerated().map { index, person in
            "R\(index + 1);\(person.role);" + statements.map { person.values[$0.id]! }.joined(separator: ";")
        }
        let sheet = directory.appendingPathComponent("dezelfde-antwoorden.csv")
        try ([header] + rows).joined(separator: "\n").write(to: sheet, atomically: true, encoding: .utf8)
        var fromSheet = try json(["assess", sheet.path])
        var round = fromRound
        fromSheet["source"] = nil
        round["source"] = nil
        #expect(NSDictionary(dictionary: round).isEqual(to: fromSheet))
        #expect((fromSheet["subdimensions"] as? [Any])?.count == 17)

        try await Application(router: router).test(.router) { client in
            let late = try await client.execute(
                uri: "/api/r/\(token)/responses", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"answers": {"q01": 3}}"#))
            #expect(late.status == .conflict)
        }
    }

    @Test("closing below the minimum fails with a clear message; a survey export joins a round; cancel and list")
    func minimumAndImport() throws {
        try run(["team", "add", "Klein", "--size", "6"])
        let opened = try json(["round", "open", "Klein", "--instrument", "quickscan", "--min-respondents", "4"])
        let id = String(try #require(opened["id"] as? Int))
        let sheet = directory.appendingPathComponent("twee.csv")
        try "respondent,q01,q02\nA,4,5\nB,2,weet niet\n".write(to: sheet, atomically: true, encoding: .utf8)
        let imported = try run(["round", "import", id, sheet.path])
        #expect(imported.output.contains("2 ingevulde vragenlijst(en) toegevoegd"))
        let refused = try run(["round", "close", id], expecting: 1)
        #expect(refused.errors.contains("heeft 2 ingevulde vragenlijst(en) en minstens 4 nodig"))
        let english = try run(["round", "close", id, "--lang", "en"], expecting: 1)
        #expect(english.errors.contains("needs at least 4"))
        try run(["round", "open", "Klein", "--instrument", "quickscan"], expecting: 1)
        try run(["round", "cancel", id])
        try run(["round", "close", id], expecting: 1)
        let list = try run(["round", "list", "Klein"]).output
        #expect(list.contains("geannuleerd"))
        let bad = try CommandRunner.run(["round", "import", id, "Scenarios/teams/nope.csv", "--db", database])
        #expect(bad.status != 0)
    }

    @Test("one sheet is no measurement; the same answers again store nothing and earn nothing")
    func oneSheetChangesNothing() throws {
        try run(["team", "add", "Eén", "--size", "5"])
        let one = directory.appendingPathComponent("een.csv")
        try "respondent,q01,q02\nA,5,5\n".write(to: one, atomically: true, encoding: .utf8)
        let refused = try run(["assess", one.path, "--team", "Eén", "--save"], expecting: 1)
        #expect(refused.errors.contains("1 respondent(en); een meting telt vanaf 3"))
        let three = directory.appendingPathComponent("drie.csv")
        try "respondent,q01,q02\nA,3,4\nB,2,2\nC,4,weet niet\n".write(to: three, atomically: true, encoding: .utf8)
        try run(["assess", three.path, "--team", "Eén", "--save"])
        let again = try run(["assess", three.path, "--team", "Eén", "--save"], expecting: 1)
        #expect(again.errors.contains("al opgeslagen als meting"))
        let progress = try json(["progress", "show", "Eén"])
        #expect(progress["events"] as? Int == 1)
        #expect(progress["xp"] as? Int == 50)
    }

    @Test("accounts: add with a printed or piped password, list without hashes, change, remove")
    func accounts() throws {
        let added = try run(["user", "add", "hr-vlietdam", "--role", "hr", "--municipality", "Vlietdam"])
        #expect(added.output.contains("Wachtwoord (bewaar het nu"))
        try run(["user", "add", "fonds", "--role", "admin", "--password-stdin"], input: "een-lang-wachtwoord\n")
        try run(["user", "add", "kort", "--role", "admin", "--password-stdin"], expecting: 1, input: "kort\n")
        try run(["user", "add", "x", "--role", "admin", "--municipality", "Vlietdam"], expecting: 1)
        try run(["user", "add", "y", "--role", "hr"], expecting: 64)
        try run(["user", "add", "fonds", "--role", "admin"], expecting: 1)
        let list = try run(["user", "list", "--format", "json"]).output
        let accounts = try #require(try JSONSerialization.jsonObject(with: Data(list.utf8)) as? [[String: Any]])
        #expect(accounts.map { $0["name"] as? String } == ["fonds", "hr-vlietdam"])
        #expect(!list.contains("$2"), "no bcrypt hash in the output")
        try run(["user", "password", "fonds", "--password-stdin"], input: "nog-een-wachtwoord\n")
        try run(["user", "remove", "hr-vlietdam"])
        try run(["user", "remove", "hr-vlietdam"], expecting: 1)
    }

    @Test("a team's data exports as JSON and is deleted only with --confirm, through the audited path")
    func exportAndDelete() throws {
        try run(["team", "add", "Weg", "--size", "4"])
        try run(["assess", "Scenarios/teams/informatievoorziening.csv", "--team", "Weg", "--save"])
        let exported = try run(["team", "export", "Weg"]).output
        let data = try #require(try JSONSerialization.jsonObject(with: Data(exported.utf8)) as? [String: Any])
        #expect((data["assessments"] as? [Any])?.count == 1)
        #expect((data["events"] as? [Any])?.count == 1)
        let unconfirmed = try run(["team", "delete", "Weg"], expecting: 1)
        #expect(unconfirmed.errors.contains("--confirm"))
        let deleted = try run(["team", "delete", "Weg", "--confirm"])
        #expect(deleted.output.contains("1 gebeurtenis(sen) en 1 meting(en)"))
        try run(["team", "show", "Weg"], expecting: 1)
    }
}
