import ArgumentParser

/// The `leerpad` command line: maturity scans, recommendations, learning paths, progress and workshop demos.
public struct LeerpadCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "leerpad",
        abstract: "Leerpad: maturity scans and learning paths for data-driven municipalities.",
        discussion: "User-facing output is Dutch by default; pass --lang en for English.",
        subcommands: [
            ServeCommand.self, AssessCommand.self, RecommendCommand.self, PlanCommand.self, DemandCommand.self,
            TeamCommand.self, UserCommand.self, RoundCommand.self,
            PathCommand.self, ProgressCommand.self, LeaderboardCommand.self, ExportCommand.self, DemoCommand.self,
            CatalogueCommand.self, RulesCommand.self, ContentCommand.self, BenchCommand.self, BadgeCommand.self,
            LRSCommand.self, StoreCommand.self,
        ]
    )

    public init() {}
}
