import ArgumentParser

/// `leerpad demo …`: the workshop demos.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Workshop demos: waste-collection routes and demand forecasting.",
        subcommands: [DemoRouteCommand.self, DemoForecastCommand.self]
    )
}
