import Forecasting
import Foundation
import Hummingbird
import LeerpadApp
import LeerpadCore
import Routing

/// The workshop demos in the browser: waste-collection routes and demand forecasting.
///
/// Scenarios are the folders under `Scenarios/` next to the Content directory: those with a
/// `scenario.conf` for routes, those with a `.csv` series for forecasts. Only names from that
/// list are accepted, so no request can name another path.
struct DemoRoutes {
    let services: WebServices

    /// The largest pasted series accepted.
    static let maximumSeriesBytes = 256 * 1024

    func register(on router: Router<WebRequestContext>) {
        router.get("/demos") { _, context in index(context) }
        router.get("/demos/route") { request, context in try await route(request, context) }
        router.get("/demos/forecast") { request, context in try await forecast(request, context) }
        router.post("/demos/forecast") { request, context in try await forecastUpload(request, context) }
        router.get("/api/demos/route") { request, context in
            JSONResponse.make(RouteDemoView(try await routeOutcome(request, context)))
        }
        router.get("/api/demos/forecast") { request, context in
            let (_, report) = try await scenarioForecast(request, context)
            return JSONResponse.make(ForecastView(report))
        }
    }

    private var scenarioRoot: URL {
        services.contentDirectory.map { $0.url.deletingLastPathComponent().appendingPathComponent("Scenarios") }
            ?? URL(fileURLWithPath: "Scenarios")
    }

    /// Scenario folders containing `file` (a name or an extension), by name.
    private func scenarios(containing predicate: (URL) -> Bool) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: scenarioRoot.path)) ?? []
        return names.sorted().filter { name in
            let folder = scenarioRoot.appendingPathComponent(name)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return files.contains { predicate(folder.appendingPathComponent($0)) }
        }
    }

    private var routeScenarios: [String] { scenarios { $0.lastPathComponent == "scenario.conf" } }
    private var forecastScenarios: [String] {
        scenarios { $0.pathExtension == "csv" }.filter { !routeScenarios.contains($0) && $0 != "teams" }
    }

    // MARK: Pages

    private func index(_ context: WebRequestContext) -> Response {
        let l = context.language
        func options(_ names: [String]) -> [HTML] { names.map { "<option value=\"\($0)\">\($0)</option>" } }
        let methods = ["auto", "ets", "theta", "combo", "naive2"].map { HTML("<option value=\"\($0)\">\($0)</option>") }
        let body: HTML = """
            <div class="grid">
            <section class="card" aria-labelledby="route-heading">
            <h2 id="route-heading">\(l.demo(.wasteCollection))</h2>
            <p>\(l.demo(.routeDemoSummary))</p>
            <form method="get" action="/demos/route" class="stack">
            <label for="route-scenario">\(l.demo(.scenario))</label>
            <select id="route-scenario" name="scenario">\(options(routeScenarios))</select>
            <label for="must">\(l.demo(.alwaysEmptyFrom))</label>
            <input type="number" id="must" name="must" min="1" max="100" value="80" required>
            <label for="optional">\(l.demo(.takeAlongFrom))</label>
            <input type="number" id="optional" name="optional" min="0" max="100" value="60" required>
            <p><button type="submit">\(l.demo(.planRoutes))</button></p>
            </form>
            </section>
            <section class="card" aria-labelledby="forecast-heading">
            <h2 id="forecast-heading">\(l.demo(.demandForecast))</h2>
            <p>\(l.demo(.forecastDemoSummary))</p>
            <form method="get" action="/demos/forecast" class="stack">
            <label for="forecast-scenario">\(l.demo(.scenario))</label>
            <select id="forecast-scenario" name="scenario">\(options(forecastScenarios))</select>
            <label for="method">\(l.demo(.method))</label>
            <select id="method" name="method">\(methods)</select>
            <p><button type="submit">\(l.demo(.forecastButton))</button></p>
            </form>
            <form method="post" action="/demos/forecast" class="stack">
            \(CSRF.field(context))
            <label for="csv">\(l.demo(.pasteOwnSeries))</label>
            <textarea id="csv" name="csv" rows="6" required placeholder="date;value&#10;2020-01;112&#10;2020-02;118"></textarea>
            <label for="upload-method">\(l.demo(.method))</label>
            <select id="upload-method" name="method">\(methods)</select>
            <p><button type="submit">\(l.demo(.forecastMySeries))</button></p>
            </form>
            </section>
            </div>
            """
        return Layout.page(title: l.demo(.workshopDemos), body: body, context: context)
    }

    private func route(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let l = context.language
        let outcome = try await routeOutcome(request, context)
        var body = RouteDemoPage(outcome: outcome, language: l).body
        if outcome.wasCapped {
            let seconds = LocalFormat.number(routeDemoCap(context).seconds, decimals: 1, in: l)
            body = body + "<p class=\"note\" role=\"status\">\(l.demo(.routeDemoCappedAt(seconds: seconds)))</p>"
        }
        return Layout.page(
            title: l.demo(.wasteCollectionTitle(scenario: outcome.scenario.name)), body: body,
            context: context,
            wide: true)
    }

    /// Both plans for the scenario and thresholds of the query.
    private func routeOutcome(_ request: Request, _ context: WebRequestContext) async throws -> RouteDemoOutcome {
        let l = context.language
        let name = request.query["scenario"] ?? ""
        guard routeScenarios.contains(name) else {
            throw WebError.badRequest(
                l.demo(.unknownScenario(name)), field: "scenario")
        }
        let must = try percentage(request.query["must"] ?? "80", field: "must", language: l)
        let optional = try percentage(request.query["optional"] ?? "60", field: "optional", language: l)
        guard must > 0, optional <= must else {
            throw WebError.badRequest(
                l.demo(.takeAlongAboveAlwaysEmpty),
                field: "optional")
        }
        let folder = scenarioRoot.appendingPathComponent(name).path
        let iterations = services.configuration.routeDemoIterations ?? SolverConfiguration.demoIterations
        let cap = routeDemoCap(context)
        return try await services.work.run(.demo) { () throws -> RouteDemoOutcome in
            let solver = RouteSolver(configuration: .reproducible(seed: 1, iterations: iterations, cap: cap))
            return try RouteDemo.compare(
                directory: folder, thresholds: SelectionThresholds(mustVisit: must, optionalFrom: optional),
                solver: solver)
        }
    }

    /// The wall-clock cap of each plan: short without signing in, 10 s for a coordinator.
    private func routeDemoCap(_ context: WebRequestContext) -> Duration {
        context.account == nil ? services.configuration.anonymousRouteDemoCap : Self.coordinatorRouteDemoCap
    }

    /// The cap of a signed-in coordinator's route demo.
    static let coordinatorRouteDemoCap = Duration.seconds(10)

    private func forecast(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let (series, report) = try await scenarioForecast(request, context)
        return forecastPage(series: series, report: report, title: request.query["scenario"] ?? "", context: context)
    }

    /// The forecast of the scenario and method of the query.
    private func scenarioForecast(_ request: Request, _ context: WebRequestContext) async throws -> (
        TimeSeries, ForecastReport
    ) {
        let l = context.language
        let name = request.query["scenario"] ?? ""
        guard forecastScenarios.contains(name) else {
            throw WebError.badRequest(
                l.demo(.unknownScenario(name)), field: "scenario")
        }
        let folder = scenarioRoot.appendingPathComponent(name)
        let file =
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            .first { $0.hasSuffix(".csv") } ?? ""
        let text: String
        do {
            text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        } catch {
            throw WebError.badRequest(
                l.demo(.scenarioUnreadable), field: "scenario")
        }
        return try await forecastReport(text: text, method: request.query["method"], language: l)
    }

    private func forecastUpload(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let form = try await request.form(context: context, limit: Self.maximumSeriesBytes)
        let (series, report) = try await forecastReport(
            text: form["csv"] ?? "", method: form["method"], language: context.language)
        return forecastPage(
            series: series, report: report, title: context.language.demo(.ownSeries), context: context)
    }

    private func forecastReport(text: String, method: String?, language l: Language) async throws -> (
        TimeSeries, ForecastReport
    ) {
        guard let method = ForecastMethod(rawValue: method ?? "auto") else {
            throw WebError.badRequest(l.demo(.unknownMethod), field: "method")
        }
        let series: TimeSeries
        do {
            series = try MonthlySeriesReader.parse(text)
        } catch {
            throw WebError(.unprocessableContent, ForecastDemoPage.describe(error, language: l), field: "csv")
        }
        do {
            let report = try await services.work.run(.demo) {
                try ForecastReport.make(series: series, horizon: 12, method: method)
            }
            return (series, report)
        } catch let busy as WorkPoolError {
            throw busy
        } catch {
            throw WebError(.unprocessableContent, ForecastDemoPage.describe(error, language: l), field: "csv")
        }
    }

    private func forecastPage(series: TimeSeries, report: ForecastReport, title: String, context: WebRequestContext)
        -> Response
    {
        let l = context.language
        let body = ForecastDemoPage(title: title, series: series, report: report, language: l).body
        return Layout.page(
            title: l.demo(.demandForecastTitle(series: title)), body: body, context: context, wide: true)
    }

    private func percentage(_ text: String, field: String, language l: Language) throws -> Double {
        guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), (0...100).contains(value) else {
            throw WebError.badRequest(
                l.demo(.percentageOutOfRange), field: field)
        }
        return value / 100
    }
}
