import ArgumentParser

/// `leerpad bench …`: measurements for docs/BENCHMARKS.md.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure Leerpad's speed (build with -c release for real numbers).",
        subcommands: [
            BenchPlanCommand.self, BenchRecordCommand.self, BenchStoreCommand.self, BenchRoutingCommand.self,
            BenchForecastCommand.self,
        ]
    )
}
