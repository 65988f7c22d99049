import LeerpadApp
import LeerpadCore
import Routing

/// The route demo's result: fixed round against sensor-driven collection, with both plans' maps side by side.
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
        let points = [outcome.scenario.input.depot] + customers.map(\.position)
        let maps = [(l.demo(.fixedRound), fixed), (l.demo(.sensorDriven), driven)].map { name, plan in
            figure(name: name, plan: plan, points: points, km: km)
        }
        let thresholds = outcome.scenario.input.thresholds
        return """
            <p>\(l.demo(.thresholds(
                containers: customers.count, mustVisit: Int((thresholds.mustVisit * 100).rounded()),
                optionalFrom: Int((thresholds.optionalFrom * 100).rounded()))))</p>
            <div class="scroll"><table class="data">
            <caption>\(l.demo(.fixedAgainstSensorDriven))</caption>
            <thead><tr><th scope="col">\(l.demo(.plan))</th><th scope="col">\(l.demo(.routes))</th><th scope="col">\(l.demo(.containers))</th><th scope="col">km</th></tr></thead>
            <tbody>
            <tr><th scope="row">\(l.demo(.fixedRound))</th><td>\(fixed.customerRoutes.count)</td><td>\(fixed.customerRoutes.joined().count)</td><td>\(fixed.distance)</td></tr>
            <tr><th scope="row">\(l.demo(.sensorDriven))</th><td>\(driven.customerRoutes.count)</td><td>\(driven.customerRoutes.joined().count)</td><td>\(driven.distance)</td></tr>
            </tbody>
            </table></div>
            <p class="result"><strong>\(l.demo(.saving)): \(km(saving)) (\(percent) %)</strong></p>
            <div class="maps">\(maps)</div>
            <p class="muted">\(l.demo(.mapCaption))</p>
            <p><a href="/demos">\(l.demo(.tryOtherThresholds))</a></p>
            """
    }

    /// One plan's map with its heading and legend in HTML, so they stay readable on a phone.
    private func figure(name: String, plan: CollectionPlan, points: [Point], km: (Double) -> String) -> HTML {
        let l = language
        let lengths = plan.result.solution.evaluation.routeLengths
        let routes = plan.customerRoutes.map { $0.map { $0 + 1 } }
        let skipped = plan.unvisitedCustomers.map { $0 + 1 }
        let labels = SVGMapLabels(
            title: outcome.scenario.name + " — " + name, depot: l.demo(.depot), served: l.demo(.emptied),
            skipped: l.demo(.skipped), routes: lengths.indices.map { l.demo(.route) + " \($0 + 1): " + km(lengths[$0]) }
        )
        let map = SVGMap(points: points, routes: routes, skipped: skipped, labels: labels).renderInline()
        func item(_ shape: String, _ text: String) -> HTML {
            "<li><svg class=\"swatch\" viewBox=\"0 0 16 12\" aria-hidden=\"true\">\(HTML(raw: shape))</svg>\(text)</li>"
        }
        var items = [
            item(##"<rect x="2" y="0" width="12" height="12" fill="#111111"/>"##, labels.depot),
            item(##"<circle cx="8" cy="6" r="4" fill="#555555"/>"##, labels.served),
        ]
        if !skipped.isEmpty {
            items.append(item(##"<circle cx="8" cy="6" r="3.5" fill="#c8c8c8" stroke="#8a8a8a"/>"##, labels.skipped))
        }
        for (index, text) in labels.routes.enumerated() {
            let colour = SVGMap.palette[index % SVGMap.palette.count]
            items.append(
                item(##"<line x1="0" y1="6" x2="16" y2="6" stroke-width="3" stroke=""## + colour + ##""/>"##, text))
        }
        return """
            <figure class="chart map">
            <figcaption><strong>\(name)</strong>: \(km(plan.distance))</figcaption>
            \(HTML(raw: map))
            <ul class="map-legend">\(items)</ul>
            </figure>
            """
    }
}
