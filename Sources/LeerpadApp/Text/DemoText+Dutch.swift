import LeerpadCore

extension DemoText {
    /// The text in Dutch.
    public var dutch: String {
        switch self {
        // The demos' start page, titles and refusals
        case .wasteCollection: "Slimme afvalinzameling"
        case .routeDemoSummary:
            "Vaste ronde tegen sensorgestuurd legen: alleen volle containers, de halfvolle als het goedkoop kan."
        case .scenario: "Scenario"
        case .alwaysEmptyFrom: "Altijd legen vanaf vulgraad (%)"
        case .takeAlongFrom: "Meenemen als het goedkoop kan vanaf (%)"
        case .planRoutes: "Routes berekenen"
        case .demandForecast: "Vraagvoorspelling"
        case .forecastDemoSummary:
            "Een maandreeks met voorspelling, onzekerheid en een terugtoets van de nauwkeurigheid."
        case .method: "Methode"
        case .forecastButton: "Voorspellen"
        case .pasteOwnSeries: "Of plak een eigen reeks (CSV met datum en waarde, ook met puntkomma's)"
        case .forecastMySeries: "Voorspel mijn reeks"
        case .workshopDemos: "Workshopdemo's"
        case .takeAlongAboveAlwaysEmpty: "De drempel voor meenemen mag niet boven die voor altijd legen liggen."
        case .scenarioUnreadable: "Het scenario kan niet gelezen worden."
        case .ownSeries: "eigen reeks"
        case .unknownMethod: "Onbekende methode."
        case .percentageOutOfRange: "Geef een percentage van 0 tot 100."
        case .unknownScenario(let name): "Onbekend scenario '\(name)'."
        case .wasteCollectionTitle(let scenario): "Afvalinzameling: \(scenario)"
        case .demandForecastTitle(let series): "Vraagvoorspelling: \(series)"
        case .seriesUnusable(let reason): "De reeks kan niet gebruikt worden: \(reason)"

        // The forecast result
        case .countPerMonth: "Aantal per maand"
        case .month: "Maand"
        case .observed: "Waargenomen"
        case .forecast: "Voorspelling"
        case .interval80: "80 %-interval"
        case .interval95: "95 %-interval"
        case .backtestLegend: "Terugtoets (eerdere voorspellingen)"
        case .forecastTableCaption: "Voorspelling met onzekerheid"
        case .backToDemos: "Terug naar de demo's"
        case .backtestNote(let accuracy): "Terugtoets: \(accuracy)"
        case .backtestInline(let accuracy): "terugtoets \(accuracy)"

        // The route result
        case .sensorDrivenLower: "sensorgestuurd"
        case .depot: "Depot"
        case .emptied: "Geleegd"
        case .skipped: "Overgeslagen"
        case .route: "Route"
        case .fixedRound: "Vaste ronde"
        case .sensorDriven: "Sensorgestuurd"
        case .saving: "Besparing"
        case .fixedAgainstSensorDriven: "Vaste ronde tegen sensorgestuurd"
        case .plan: "Plan"
        case .routes: "Routes"
        case .containers: "Containers"
        case .mapCaption:
            "Links de vaste ronde, rechts sensorgestuurd (op een smal scherm onder elkaar). Grijze containers worden vandaag overgeslagen; pijlen wijzen de rijrichting, nummers geven de volgorde waar er ruimte voor is."
        case .tryOtherThresholds: "Andere drempels proberen"
        case .thresholds(let containers, let mustVisit, let optionalFrom):
            "\(LocalFormat.integer(containers, in: .dutch)) containers; altijd legen vanaf \(mustVisit) %, meenemen als het goedkoop kan vanaf \(optionalFrom) %."

        // The route demo on the command line
        case .needScenarioOrInstance: "Geef een scenariomap óf --vrplib BESTAND.vrp."
        case .secondsOutOfRange: "--seconds moet tussen 0 en 3600 liggen."
        case .customers: "klanten"
        case .capacity: "capaciteit"
        case .trip: "Rit"
        case .trips: "ritten"
        case .stops: "containers"
        case .load: "lading"
        case .totalDistance: "Totale afstand"
        case .feasible: "toegestaan"
        case .infeasible: "LET OP: niet alle eisen gehaald"
        case .bestKnown: "Best bekende oplossing"
        case .gap: "verschil"
        case .fixedRoundTitle: "Vaste ronde (alle containers legen)"
        case .sensorDrivenTitle(let mandatory, let takenAlong, let optional):
            "Sensorgestuurd (\(mandatory) verplicht, \(takenAlong) van \(optional) optionele meegenomen)"
        case .selection(let containers, let full, let optional, let skipped, let must, let from):
            "\(containers) containers: \(full) vol (≥ \(must) %), \(optional) optioneel (\(from)–\(must) %), \(skipped) overgeslagen (< \(from) %)"
        case .unserved(let plan, let count):
            "LET OP (\(plan)): \(count) verplichte containers passen niet in de wagens en ritten; verhoog vehicles, trips_per_vehicle of vehicle_capacity."
        case .mapWritten(let path): "Kaart geschreven: \(path)"
        case .cannotWrite(let path, let reason): "Kan niet schrijven naar \(path): \(reason)"

        // The forecast demo on the command line
        case .forecastHeading(let source): "Vraagvoorspelling — \(source)"
        case .seriesMonths(let count, let first, let last): "Reeks: \(count) maanden (\(first) – \(last))"
        case .backtestFold(let origin, let mape, let sMAPE): "vanaf \(origin): MAPE \(mape), sMAPE \(sMAPE) %"
        case .seriesTooShort: "Terugtoets: reeks te kort."
        case .routeDemoCappedAt(let seconds):
            "De tijdslimiet van \(seconds) s was op voordat alle iteraties klaar waren; een herhaling kan iets andere rondes geven."
        case .iterationsOutOfRange: "Geef een aantal iteraties van 1 tot 10.000.000."
        case .routeDemoCapped:
            "De rekentijd van 10 seconden was op voordat de rondes klaar waren berekend; een herhaling kan iets andere rondes geven."
        case .failure(let reason): "Fout: \(reason)"
        }
    }
}
