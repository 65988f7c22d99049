import ArgumentParser

/// The `leerpad` command line: maturity scans, content checks and (later) planning and demos.
public struct LeerpadCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "leerpad",
        abstract: "Leerpad: maturity scans and learning paths for data-driven municipalities.",
        discussion: "User-facing output is Dutch by default; pass --lang en for English.",
        subcommands: [
            AssessCommand.self, RecommendCommand.self, PlanCommand.self, DemandCommand.self, RulesCommand.self,
            BenchCommand.self, ContentCommand.self,
        ]
    )

    public init() {}
}
