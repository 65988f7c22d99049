import LeerpadCore

/// The words and sentences of the workshop demos in the browser: waste-collection routes and demand
/// forecasting, with their refusals.
///
/// The Dutch texts are in `DemoText+Dutch.swift`, the English ones in `DemoText+English.swift`, each an exhaustive
/// switch: a case without its text in either language does not compile.
public enum DemoText: TextCatalogue {
    // The demos' start page, titles and refusals
    case wasteCollection
    case routeDemoSummary
    case scenario
    case alwaysEmptyFrom
    case takeAlongFrom
    case planRoutes
    case demandForecast
    case forecastDemoSummary
    case method
    case forecastButton
    case pasteOwnSeries
    case forecastMySeries
    case workshopDemos
    case takeAlongAboveAlwaysEmpty
    case scenarioUnreadable
    case ownSeries
    case unknownMethod
    case percentageOutOfRange
    case unknownScenario(String)
    case wasteCollectionTitle(scenario: String)
    case demandForecastTitle(series: String)
    case seriesUnusable(reason: String)

    // The forecast result
    case countPerMonth
    case month
    case observed
    case forecast
    case interval80
    case interval95
    case backtestLegend
    case forecastTableCaption
    case backToDemos
    case backtestNote(String)
    case backtestInline(String)

    // The route result
    case sensorDrivenLower
    case depot
    case emptied
    case skipped
    case route
    case fixedRound
    case sensorDriven
    case saving
    case fixedAgainstSensorDriven
    case plan
    case routes
    case containers
    case mapCaption
    case tryOtherThresholds
    case thresholds(containers: Int, mustVisit: Int, optionalFrom: Int)

    // The route demo on the command line
    case needScenarioOrInstance
    case secondsOutOfRange
    case customers
    case capacity
    case trip
    case trips
    case stops
    case load
    case totalDistance
    case feasible
    case infeasible
    case bestKnown
    case gap
    case fixedRoundTitle
    case sensorDrivenTitle(mandatory: Int, takenAlong: Int, optional: Int)
    case selection(containers: Int, full: Int, optional: Int, skipped: Int, mustVisit: Int, optionalFrom: Int)
    case unserved(plan: String, count: Int)
    case mapWritten(path: String)
    case cannotWrite(path: String, reason: String)

    // The forecast demo on the command line
    case forecastHeading(source: String)
    case seriesMonths(count: Int, first: String, last: String)
    case backtestFold(origin: String, mape: String, sMAPE: String)
    case seriesTooShort
    case routeDemoCapped
    case routeDemoCappedAt(seconds: String)
    case iterationsOutOfRange
    case failure(reason: String)
}
