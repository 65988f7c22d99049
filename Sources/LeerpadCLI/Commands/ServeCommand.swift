import ArgumentParser
import Foundation
import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadStore
import LeerpadWeb
import Logging

extension LogFormat: ExpressibleByArgument {}
extension Logger.Level: @retroactive ExpressibleByArgument {}

/// `leerpad serve`: the web app for coordinators and teams.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Start the web app: coordinator dashboard, team pages, questionnaire, plans, catalogue and JSON API.",
        discussion: """
            On an empty database (and always with --demo) the sample teams of the fictional municipality \
            Vlietdam are loaded from Scenarios/teams. On a database without accounts, the first admin \
            account is created: --coordinator-name with the password from --coordinator-password, else \
            $LEERPAD_COORDINATOR_PASSWORD, else a random one printed at start. More accounts: \
            `leerpad user add`. Put a TLS proxy in front for anything but local use; it must send \
            X-Forwarded-Proto: https so that cookies are marked Secure.
            """)

    @Option(help: "The port to listen on.") var port: Int = 8080
    @Option(help: "The address to bind (0.0.0.0 for every interface).") var host: String = "127.0.0.1"
    @Flag(help: "Load the sample teams even when the database has teams.") var demo = false
    @Option(help: "The first admin account's name, on a database without accounts.")
    var coordinatorName: String = "coordinator"
    @Option(help: "The first admin's password (default: $LEERPAD_COORDINATOR_PASSWORD, else a random one).")
    var coordinatorPassword: String?
    @Flag(
        help: """
            Behind a reverse proxy: take the client's address from the last X-Forwarded-For entry (for the \
            sign-in limits and the log). Only behind a proxy that sets it.
            """)
    var behindProxy = false
    @Option(help: "How log lines are written: text, or json (one JSON object per line, for log collectors).")
    var logFormat: LogFormat = .text
    @Option(
        help: """
            The lowest level logged, to standard error: trace, debug, info (a line per request), notice, \
            warning (refused sign-ins), error (every 5xx) or critical.
            """)
    var logLevel: Logger.Level = .info
    @OptionGroup var issuer: IssuerOptions
    @OptionGroup var app: AppOptions

    func validate() throws {
        guard (1...65_535).contains(port) else { throw ValidationError("--port must be 1–65535") }
        if let coordinatorPassword, coordinatorPassword.count < 8 || coordinatorPassword.utf8.count > 72 {
            throw ValidationError("--coordinator-password must be 8 to 72 bytes long")
        }
    }

    func run() async throws {
        let directory = try app.content.directory()
        let content = try app.bundle()
        // A server always runs on the system clock and the system's secure random source:
        // LEERPAD_NOW and LEERPAD_SEED are for scripts and tests, never for sessions and tokens.
        let database = try app.store.open(time: .system, random: .system())
        let leerpad = Leerpad(store: database, content: content)
        let teams = try UseCase.run(.english) { () throws(AppError) in try leerpad.teams() }
        if demo || teams.isEmpty {
            guard let scenarios = SampleMunicipality.locateScenarios(near: directory) else {
                printError("Scenarios/teams not found next to \(directory.url.path); starting without sample teams")
                return try await serve(content: content, database: database, directory: directory, demo: false)
            }
            do {
                let added = try SampleMunicipality.seed(into: leerpad, teamsDirectory: scenarios)
                for team in added { say("Sample team \(team.name): /t/\(team.accessCode)") }
            } catch {
                printError("Could not load the sample teams: \(error.localizedDescription)")
                throw ExitCode.failure
            }
        }
        // The home page links the sample teams while the database holds nothing else.
        let sampleOnly = try UseCase.run(.english) { () throws(AppError) in try leerpad.teams() }
            .allSatisfy(SampleMunicipality.isSample)
        try await serve(content: content, database: database, directory: directory, demo: sampleOnly)
    }

    private func serve(
        content: ContentBundle, database: any LeerpadDatabase, directory: ContentDirectory, demo: Bool
    ) async throws {
        let environment = ProcessInfo.processInfo.environment["LEERPAD_COORDINATOR_PASSWORD"].flatMap {
            $0.isEmpty ? nil : $0
        }
        let leerpad = Leerpad(store: database, content: content)
        let password = coordinatorPassword ?? environment ?? leerpad.makePassword()
        let created = try UseCase.run(.english) { () throws(AppError) in
            try leerpad.createFirstAdmin(name: coordinatorName, password: password)
        }
        if let created, coordinatorPassword == nil && environment == nil {
            say(
                "Admin sign-in: \(created.name) / \(password)  (set LEERPAD_COORDINATOR_PASSWORD to choose it; more accounts: leerpad user add)"
            )
        } else if let created {
            say("Admin account created: \(created.name)")
        }
        let base = issuer.base(or: "http://\(host):\(port)")
        var configuration = WebConfiguration(host: host, port: port, baseURL: base, showsSampleTeams: demo)
        configuration.issuerName = issuer.issuer(at: base).name
        configuration.trustsForwardedFor = behindProxy
        let (format, level) = (logFormat, logLevel)
        configuration.logger = Logger(label: "leerpad") { label in
            LeerpadLogHandler(label: label, format: format, level: level)
        }
        say("Leerpad: http://\(host):\(port)/  (database \(database.location))")
        let app = buildApplication(
            configuration: configuration, content: content, store: database, contentDirectory: directory)
        let retries = Task { await LRSRetryLoop.run(Leerpad(store: database, content: content)) }
        defer { retries.cancel() }
        try await app.runService()
    }
}

/// Writes a line to standard output at once (print is buffered when output goes to a file, and the server never returns).
private func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
