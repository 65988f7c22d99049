import Foundation
import Hummingbird
import HummingbirdTesting
import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadStore
import LeerpadWeb
import Testing

/// The CLI and the web app are two front ends of one application layer: for the same answers
/// and constraints they plan the same path, write it as the same JSON, and refuse the same
/// input with the same words.
@Suite("CLI and web agree")
struct FrontEndAgreementTests {
    static let answers = "Scenarios/teams/afvalbeheer.csv"

    /// (query of the web form, the same as CLI options)
    static let cases: [(String, [String])] = [
        (
            "budget=15000&hours=60&weeks=40&teamSize=7&start=2027-01-04",
            ["--budget", "15000", "--hours", "60", "--weeks", "40", "--team-size", "7", "--start", "2027-01-04"]
        ),
        (
            "budget=4000,50&hours=20&weeks=26&teamSize=3&start=2027-02-01&format=e-learning&format=workshop",
            [
                "--budget", "4000,50", "--hours", "20", "--weeks", "26", "--team-size", "3", "--start", "2027-02-01",
                "--formats", "e-learning", "workshop",
            ]
        ),
        (
            "budget=-100&hours=60&weeks=40&teamSize=7&start=2027-01-04",
            ["--budget", "-100", "--hours", "60", "--weeks", "40", "--team-size", "7", "--start", "2027-01-04"]
        ),
        (
            "budget=15.000&hours=60&weeks=40&teamSize=7&start=2027-01-04",
            ["--budget", "15.000", "--hours", "60", "--weeks", "40", "--team-size", "7", "--start", "2027-01-04"]
        ),
        (
            "budget=15000&hours=60&weeks=261&teamSize=7&start=2027-01-04",
            ["--budget", "15000", "--hours", "60", "--weeks", "261", "--team-size", "7", "--start", "2027-01-04"]
        ),
        (
            "budget=15000&hours=60&weeks=40&teamSize=10001&start=2027-01-04",
            ["--budget", "15000", "--hours", "60", "--weeks", "40", "--team-size", "10001", "--start", "2027-01-04"]
        ),
        (
            "budget=15000&hours=inf&weeks=40&teamSize=7&start=2027-01-04",
            ["--budget", "15000", "--hours", "inf", "--weeks", "40", "--team-size", "7", "--start", "2027-01-04"]
        ),
        (
            "budget=15000&hours=60&weeks=40&teamSize=7&start=2027-13-01",
            ["--budget", "15000", "--hours", "60", "--weeks", "40", "--team-size", "7", "--start", "2027-13-01"]
        ),
        (
            "budget=15000&hours=60&weeks=40&teamSize=7&start=2027-01-04&format=webinar",
            [
                "--budget", "15000", "--hours", "60", "--weeks", "40", "--team-size", "7", "--start", "2027-01-04",
                "--formats", "webinar",
            ]
        ),
    ]

    @Test("the same plan and the same refusals", arguments: 0..<cases.count)
    func agree(index: Int) async throws {
        let (query, options) = Self.cases[index]
        let cli = try CommandRunner.run(["plan", Self.answers, "--format", "json", "--lang", "en"] + options)
        let web = try await Self.webPlan(query)
        if cli.status == 0 {
            #expect(web.status == .ok, "web refused what the CLI planned: \(web.body)")
            let cliPlan = try #require(JSONSerialization.jsonObject(with: Data(cli.output.utf8)) as? [String: Any])
            let cliSteps = (cliPlan["steps"] as? [[String: Any]] ?? []).map { step in
                "\(step["module"]!) "
                    + (step["bookings"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                    .joined(separator: ",")
            }
            let webPlan = try #require(JSONSerialization.jsonObject(with: Data(web.body.utf8)) as? [String: Any])
            let webSteps = (webPlan["steps"] as? [[String: Any]] ?? []).map { step in
                "\(step["module"]!) " + (step["runs"] as? [String] ?? []).joined(separator: ",")
            }
            #expect(cliSteps == webSteps)
            #expect(
                (cliPlan["unmet"] as? [[String: Any]])?.map { $0["code"] as? String }
                    == (webPlan["unmet"] as? [[String: Any]])?.map { $0["code"] as? String })
            #expect(!cliSteps.isEmpty)
            // One view, two encoders: the documents are the same, field for field.
            #expect(NSDictionary(dictionary: cliPlan) == NSDictionary(dictionary: webPlan))
        } else {
            #expect(web.status == .badRequest, "web planned what the CLI refused: \(cli.errors)")
            let error = try #require(JSONSerialization.jsonObject(with: Data(web.body.utf8)) as? [String: Any])
            let message = try #require(error["error"] as? String)
            #expect(cli.errors.contains(message), "CLI: \(cli.errors) web: \(message)")
            #expect(!cli.errors.contains("Fatal error"))
        }
    }

    @Test("the forecast demo writes the same JSON on the command line and in the API")
    func forecastDemo() async throws {
        let scenario = "vraagvoorspelling-huishoudelijke-hulp"
        let cli = try CommandRunner.run([
            "demo", "forecast", "Scenarios/\(scenario)", "--method", "ets", "--format", "json",
        ])
        #expect(cli.status == 0, "\(cli.errors)")
        let content = try ContentDirectory(url: CommandRunner.repository.appendingPathComponent("Content")).loadBundle()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("leerpad-agree-\(UUID()).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let router = buildRouter(
            configuration: WebConfiguration(passwordCost: 4),
            content: content, store: try SQLiteProgressStore(path: path),
            contentDirectory: ContentDirectory(url: CommandRunner.repository.appendingPathComponent("Content")))
        let web = try await Application(router: router).test(.router) { client in
            let response = try await client.execute(
                uri: "/api/demos/forecast?scenario=\(scenario)&method=ets", method: .get)
            return String(buffer: response.body)
        }
        let cliDocument = try #require(JSONSerialization.jsonObject(with: Data(cli.output.utf8)) as? NSDictionary)
        let webDocument = try #require(JSONSerialization.jsonObject(with: Data(web.utf8)) as? NSDictionary)
        #expect(cliDocument == webDocument)
        #expect((cliDocument["backtest"] as? [String: Any])?["folds"] is [Any])
    }

    /// The web API's plan for a team whose only assessment is `answers`.
    static func webPlan(_ query: String) async throws -> (status: HTTPResponse.Status, body: String) {
        let repository = CommandRunner.repository
        let directory = ContentDirectory(url: repository.appendingPathComponent("Content"))
        let content = try directory.loadBundle()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("leerpad-agree-\(UUID()).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try SQLiteProgressStore(path: path)
        let leerpad = Leerpad(store: store, content: content)
        let team = try leerpad.addTeam(name: "Afvalbeheer", municipality: "Vlietdam", size: 7)
        let sheet = try AnswerSheetReader(model: content.model).read(
            contentsOf: repository.appendingPathComponent(answers))
        _ = try leerpad.recordAssessment(sheet.responses, for: team, source: "afvalbeheer.csv")
        let router = buildRouter(
            configuration: WebConfiguration(passwordCost: 4),
            content: content, store: store)
        let code = team.accessCode
        return try await Application(router: router).test(.router) { client in
            let response = try await client.execute(
                uri: "/api/teams/\(code)/plan?\(query)", method: .get, headers: [.acceptLanguage: "en"])
            return (response.status, String(buffer: response.body))
        }
    }
}
