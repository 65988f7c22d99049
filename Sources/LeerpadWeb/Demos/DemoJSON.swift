import Forecasting
import Routing

/// The route demo as JSON: both plans' km, the saving, and the sensor-driven routes by container id.
struct RouteDemoJSON: Encodable {
    var scenario: String
    var feasible: Bool
    var fixedKm: Double
    var sensorKm: Double
    var savingKm: Double
    var savingPercent: Double
    var routes: [[String]]
    var skipped: [String]

    init(_ outcome: RouteDemoOutcome) {
        let customers = outcome.scenario.input.customers
        let fixed = outcome.comparison.visitAll
        let driven = outcome.comparison.fillDriven
        scenario = outcome.scenario.name
        feasible = fixed.result.solution.isFeasible && driven.result.solution.isFeasible
        fixedKm = fixed.distance
        sensorKm = driven.distance
        savingKm = outcome.comparison.savedDistance
        savingPercent = outcome.comparison.savedPercent
        routes = driven.customerRoutes.map { $0.map { customers[$0].id } }
        skipped = driven.unvisitedCustomers.map { customers[$0].id }
    }
}

/// The forecast demo as JSON: the method, the forecast with its 80 % and 95 % bounds, the backtest.
struct ForecastDemoJSON: Encodable {
    var method: String
    var months: [String]
    var forecast: [Double]
    var lower80: [Double]
    var upper80: [Double]
    var lower95: [Double]
    var upper95: [Double]
    var backtest: BacktestSummary?

    init(series: TimeSeries, report: ForecastReport) {
        let forecast = report.forecast
        let interval80 = forecast.intervals.first { $0.level == 80 }
        let interval95 = forecast.intervals.first { $0.level == 95 }
        method = forecast.method
        months = report.forecastMonths?.map(\.description) ?? []
        self.forecast = forecast.mean
        lower80 = interval80?.lower ?? []
        upper80 = interval80?.upper ?? []
        lower95 = interval95?.lower ?? []
        upper95 = interval95?.upper ?? []
        backtest = report.backtest?.summary
    }
}
