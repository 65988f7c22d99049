import LeerpadApp
import LeerpadCore
import Routing

/// The route demo's result: fixed round against sensor-driven collection, with the map.
struct RouteDemoPage {
    let outcome: RouteDemoOutcome
    let language: Language

    var body: HTML {
        let l = language
        let fixed = outcome.comparison.visitAll
        let driven = outcome.comparison.fillDriven
        let customers = outcome.scenario.input.customers
        let km = { (value: Double) in LocalFormat.number(value, decimals: 1, in: l) + " km" }
        let saving = outcome.comparison.savedDistance
        let percent = LocalFormat.number(outcome.comparison.savedPercent, decimals: 1, in: l)
        let lengths = driven.result.solution.evaluation.routeLengths
        let labels = SVGMapLabels(
            title: outcome.scenario.name + " — " + l.demo(.sensorDrivenLower),
            depot: l.demo(.depot), served: l.demo(.emptied),
            skipped: l.demo(.skipped),
            routes: lengths.indices.map { l.demo(.route) + " \($0 + 1): " + km(lengths[$0]) },
            notes: [
                l.demo(.fixedRound) + ": " + km(fixed.distance),
                l.demo(.sensorDriven) + ": " + km(driven.distance),
                l.demo(.saving) + ": " + km(saving) + " (\(percent) %)",
            ])
        let points = [outcome.scenario.input.depot] + customers.map(\.position)
        let map = SVGMap(
            points: points, routes: driven.customerRoutes.map { $0.map { $0 + 1 } },
            skipped: driven.unvisitedCustomers.map { $0 + 1 }, labels: labels
        ).render()
        let thresholds = outcome.scenario.input.thresholds
        return """
            <p>\(l.demo(.thresholds(
                containers: customers.count, mustVisit: Int((thresholds.mustVisit * 100).rounded()),
                optionalFrom: Int((thresholds.optionalFrom * 100).rounded()))))</p>
            <table class="data">
            <caption>\(l.demo(.fixedAgainstSensorDriven))</caption>
            <thead><tr><th scope="col">\(l.demo(.plan))</th><th scope="col">\(l.demo(.routes))</th><th scope="col">\(l.demo(.containers))</th><th scope="col">km</th></tr></thead>
            <tbody>
            <tr><th scope="row">\(l.demo(.fixedRound))</th><td>\(fixed.customerRoutes.count)</td><td>\(fixed.customerRoutes.joined().count)</td><td>\(fixed.distance)</td></tr>
            <tr><th scope="row">\(l.demo(.sensorDriven))</th><td>\(driven.customerRoutes.count)</td><td>\(driven.customerRoutes.joined().count)</td><td>\(driven.distance)</td></tr>
            </tbody>
            </table>
            <p class="result"><strong>\(l.demo(.saving)): \(km(saving)) (\(percent) %)</strong></p>
            <figure class="chart">\(HTML(raw: map))<figcaption>\(l.demo(.mapCaption))</figcaption></figure>
            <p><a href="/demos">\(l.demo(.tryOtherThresholds))</a></p>
            """
    }
}
