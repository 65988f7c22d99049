import LeerpadCore

extension DemoText {
    /// The text in English.
    public var english: String {
        switch self {
        // The demos' start page, titles and refusals
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
        case .unknownScenario(let name): "Unknown scenario '\(name)'."
        case .wasteCollectionTitle(let scenario): "Waste collection: \(scenario)"
        case .demandForecastTitle(let series): "Demand forecast: \(series)"
        case .seriesUnusable(let reason): "The series cannot be used: \(reason)"

        // The forecast result
        case .countPerMonth: "Count per month"
        case .month: "Month"
        case .observed: "Observed"
        case .forecast: "Forecast"
        case .interval80: "80 % interval"
        case .interval95: "95 % interval"
        case .backtestLegend: "Backtest (earlier forecasts)"
        case .forecastTableCaption: "Forecast with its uncertainty"
        case .backToDemos: "Back to the demos"
        case .backtestNote(let accuracy): "Backtest: \(accuracy)"
        case .backtestInline(let accuracy): "backtest \(accuracy)"

        // The route result
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
        case .mapCaption:
            "Left the fixed round, right sensor-driven (one above the other on a narrow screen). Grey containers are skipped today; arrows show the driving direction, numbers the order where there is room."
        case .tryOtherThresholds: "Try other thresholds"
        case .thresholds(let containers, let mustVisit, let optionalFrom):
            "\(LocalFormat.integer(containers, in: .english)) containers; always emptied from \(mustVisit) %, taken along when cheap from \(optionalFrom) %."

        // The route demo on the command line
        case .needScenarioOrInstance: "Give a scenario folder or --vrplib FILE.vrp (exactly one)."
        case .secondsOutOfRange: "--seconds must be between 0 and 3600."
        case .customers: "customers"
        case .capacity: "capacity"
        case .trip: "Route"
        case .trips: "routes"
        case .stops: "containers"
        case .load: "load"
        case .totalDistance: "Total distance"
        case .feasible: "feasible"
        case .infeasible: "WARNING: constraints violated"
        case .bestKnown: "Best known"
        case .gap: "gap"
        case .fixedRoundTitle: "Fixed round (empty every container)"
        case .sensorDrivenTitle(let mandatory, let takenAlong, let optional):
            "Sensor-driven (\(mandatory) mandatory, \(takenAlong) of \(optional) optional taken along)"
        case .selection(let containers, let full, let optional, let skipped, let must, let from):
            "\(containers) containers: \(full) full (≥ \(must) %), \(optional) optional (\(from)–\(must) %), \(skipped) skipped (< \(from) %)"
        case .unserved(let plan, let count):
            "WARNING (\(plan)): \(count) mandatory containers do not fit the vehicles and trips; raise vehicles, trips_per_vehicle or vehicle_capacity."
        case .mapWritten(let path): "Map written: \(path)"
        case .cannotWrite(let path, let reason): "Cannot write to \(path): \(reason)"

        // The forecast demo on the command line
        case .forecastHeading(let source): "Demand forecast — \(source)"
        case .seriesMonths(let count, let first, let last): "Series: \(count) months (\(first) – \(last))"
        case .backtestFold(let origin, let mape, let sMAPE): "from \(origin): MAPE \(mape), sMAPE \(sMAPE) %"
        case .seriesTooShort: "Backtest: series too short."
        case .routeDemoCappedAt(let seconds):
            "The time limit of \(seconds) s ran out before all iterations were done; a repeat may give slightly different rounds."
        case .iterationsOutOfRange: "Give a number of iterations from 1 to 10,000,000."
        case .routeDemoCapped:
            "The 10-second computing cap ran out before the rounds were fully computed; a repeat may give slightly different rounds."
        case .failure(let reason): "Error: \(reason)"
        }
    }
}
