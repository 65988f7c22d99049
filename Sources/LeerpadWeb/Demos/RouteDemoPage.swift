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
            title: outcome.scenario.name + " — " + l.pick("sensorgestuurd", "sensor-driven"),
            depot: l.pick("Depot", "Depot"), served: l.pick("Geleegd", "Emptied"),
            skipped: l.pick("Overgeslagen", "Skipped"),
            routes: lengths.indices.map { l.pick("Route", "Route") + " \($0 + 1): " + km(lengths[$0]) },
            notes: [
                l.pick("Vaste ronde", "Fixed round") + ": " + km(fixed.distance),
                l.pick("Sensorgestuurd", "Sensor-driven") + ": " + km(driven.distance),
                l.pick("Besparing", "Saving") + ": " + km(saving) + " (\(percent) %)",
            ])
        let points = [outcome.scenario.input.depot] + customers.map(\.position)
        let map = SVGMap(
            points: points, routes: driven.customerRoutes.map { $0.map { $0 + 1 } },
            skipped: driven.unvisitedCustomers.map { $0 + 1 }, labels: labels
        ).render()
        let thresholds = outcome.scenario.input.thresholds
        return """
            <p>\(l.pick(
                "\(customers.count) containers; altijd legen vanaf \(Int((thresholds.mustVisit * 100).rounded())) %, meenemen als het goedkoop kan vanaf \(Int((thresholds.optionalFrom * 100).rounded())) %.",
                "\(customers.count) containers; always emptied from \(Int((thresholds.mustVisit * 100).rounded())) %, taken along when cheap from \(Int((thresholds.optionalFrom * 100).rounded())) %."))</p>
            <table class="data">
            <caption>\(l.pick("Vaste ronde tegen sensorgestuurd", "Fixed round against sensor-driven"))</caption>
            <thead><tr><th scope="col">\(l.pick("Plan", "Plan"))</th><th scope="col">\(l.pick("Routes", "Routes"))</th><th scope="col">\(l.pick("Containers", "Containers"))</th><th scope="col">km</th></tr></thead>
            <tbody>
            <tr><th scope="row">\(l.pick("Vaste ronde", "Fixed round"))</th><td>\(fixed.customerRoutes.count)</td><td>\(fixed.customerRoutes.joined().count)</td><td>\(fixed.distance)</td></tr>
            <tr><th scope="row">\(l.pick("Sensorgestuurd", "Sensor-driven"))</th><td>\(driven.customerRoutes.count)</td><td>\(driven.customerRoutes.joined().count)</td><td>\(driven.distance)</td></tr>
            </tbody>
            </table>
            <p class="result"><strong>\(l.pick("Besparing", "Saving")): \(km(saving)) (\(percent) %)</strong></p>
            <figure class="chart">\(HTML(raw: map))<figcaption>\(l.pick("De sensorgestuurde routes; grijze containers worden vandaag overgeslagen.", "The sensor-driven routes; grey containers are skipped today."))</figcaption></figure>
            <p><a href="/demos">\(l.pick("Andere drempels proberen", "Try other thresholds"))</a></p>
            """
    }
}
