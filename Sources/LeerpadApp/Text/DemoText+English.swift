import LeerpadCore

extension DemoText {
    /// The text in English.
    public var english: String {
        switch self {
        case .wasteCollection: "Smart waste collection"
        case .routeDemoSummary:
            "Fixed round against sensor-driven collection: only full containers, half-full ones when it is cheap."
        case .scenario: "Scenario"
        case .alwaysEmptyFrom: "Always empty from fill level (%)"
        case .takeAlongFrom: "Take along when cheap from (%)"
        case .planRoutes: "Plan the routes"
        case .demandForecast: "Demand forecast"
        case .forecastDemoSummary: "A monthly series with a forecast, its uncertainty and a backtest of its accuracy."
        case .method: "Method"
        case .forecastButton: "Forecast"
        case .pasteOwnSeries: "Or paste your own series (CSV of date and value, semicolons work too)"
        case .forecastMySeries: "Forecast my series"
        case .workshopDemos: "Workshop demos"
        case .takeAlongAboveAlwaysEmpty: "The take-along threshold may not exceed the always-empty one."
        case .scenarioUnreadable: "The scenario cannot be read."
        case .ownSeries: "own series"
        case .unknownMethod: "Unknown method."
        case .percentageOutOfRange: "Give a percentage from 0 to 100."
        case .countPerMonth: "Count per month"
        case .month: "Month"
        case .observed: "Observed"
        case .forecast: "Forecast"
        case .interval80: "80 % interval"
        case .interval95: "95 % interval"
        case .backtestLegend: "Backtest (earlier forecasts)"
        case .forecastTableCaption: "Forecast with its uncertainty"
        case .backToDemos: "Back to the demos"
        case .sensorDrivenLower: "sensor-driven"
        case .depot: "Depot"
        case .emptied: "Emptied"
        case .skipped: "Skipped"
        case .route: "Route"
        case .fixedRound: "Fixed round"
        case .sensorDriven: "Sensor-driven"
        case .saving: "Saving"
        case .fixedAgainstSensorDriven: "Fixed round against sensor-driven"
        case .plan: "Plan"
        case .routes: "Routes"
        case .containers: "Containers"
        case .mapCaption: "The sensor-driven routes; grey containers are skipped today."
        case .tryOtherThresholds: "Try other thresholds"
        case .unknownScenario(let name): "Unknown scenario '\(name)'."
        case .thresholds(let containers, let mustVisit, let optionalFrom):
            "\(LocalFormat.integer(containers, in: .english)) containers; always emptied from \(mustVisit) %, taken along when cheap from \(optionalFrom) %."
        case .wasteCollectionTitle(let scenario): "Waste collection: \(scenario)"
        case .demandForecastTitle(let series): "Demand forecast: \(series)"
        case .seriesUnusable(let reason): "The series cannot be used: \(reason)"
        case .backtestNote(let accuracy): "Backtest: \(accuracy)"
        case .backtestInline(let accuracy): "backtest \(accuracy)"
        }
    }
}
