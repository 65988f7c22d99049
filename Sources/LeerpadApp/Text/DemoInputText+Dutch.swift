import Forecasting
import LeerpadCore
import Routing

extension DemoInputText {
    /// The text in Dutch.
    public var dutch: String {
        switch self {
        case .series(let error): Self.dutch(error)
        case .forecasting(let error): Self.dutch(error)
        case .routingInput(let error): Self.dutch(error)
        case .routingProblem(let error): Self.dutch(error)
        }
    }

    /// A number in Dutch style: whole numbers grouped (`15.000`), others with at most six decimals (`1,234`).
    private static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e18 { return LocalFormat.integer(Int(value), in: .dutch) }
        return LocalFormat.shortest(value, maximumDecimals: 6, in: .dutch)
    }

    private static func readings(_ values: [Double]) -> String {
        values.map(number).joined(separator: " of ")
    }

    private static func dutch(_ error: SeriesReadError) -> String {
        switch error {
        case .empty: "Het bestand bevat geen gegevensregels."
        case .wrongFieldCount(let line, let expected, let got):
            "Regel \(line): \(expected) velden verwacht, \(got) gevonden."
        case .invalidDate(let line, let field, let text):
            "Regel \(line), veld \(field): ‘\(text)’ is geen datum (JJJJ-MM of JJJJ-MM-DD)."
        case .invalidNumber(let line, let field, let text): "Regel \(line), veld \(field): ‘\(text)’ is geen getal."
        case .ambiguousNumber(let line, let field, let text, let values):
            "Regel \(line), veld \(field): ‘\(text)’ kan \(readings(values)) betekenen; schrijf het getal zonder scheidingsteken voor duizendtallen."
        case .valueOutOfRange(let line, let field, let text, let limit):
            "Regel \(line), veld \(field): ‘\(text)’ ligt buiten ±\(number(limit))."
        case .missingValue(let line, let field): "Regel \(line), veld \(field): de waarde ontbreekt."
        case .gap(let line, let expected, let found):
            "Regel \(line), veld 1: \(expected) verwacht maar \(found) gevonden; er ontbreken maanden."
        case .outOfOrder(let line, let previous, let found):
            "Regel \(line), veld 1: \(found) volgt niet op \(previous)."
        case .missingColumn(let name): "Kopregel: de kolom ‘\(name)’ ontbreekt."
        case .invalidField(let line, let field, let text, let reason):
            "Regel \(line), veld \(field): ‘\(text)’ \(reason)."
        case .unterminatedQuote(let line): "Regel \(line): een veld tussen aanhalingstekens wordt niet afgesloten."
        case .textAfterQuote(let line, let field):
            "Regel \(line), veld \(field): er staat tekst na het sluitende aanhalingsteken."
        case .fileNotFound(let path): "Het bestand \(path) bestaat niet."
        case .noCSVFile(let folder): "De map \(folder) bevat geen .csv-bestand."
        case .unreadable(let path, let reason): "Kan \(path) niet lezen: \(reason)."
        }
    }

    private static func dutch(_ error: ForecastingError) -> String {
        switch error {
        case .seriesTooShort(_, let needed, let got):
            "Voor een voorspelling zijn minstens \(needed) maanden nodig; de reeks heeft er \(got)."
        case .nonFiniteValue(let index): "Waarneming \(index + 1) is geen eindig getal."
        case .valueOutOfRange(let index, let value, let limit):
            "Waarneming \(index + 1) (\(number(value))) ligt buiten ±\(number(limit))."
        case .nonPositiveData(let model, let index, let value):
            "\(model) vraagt positieve waarden; waarneming \(index + 1) is \(number(value))."
        case .invalidHorizon(let h): "De horizon moet minstens 1 maand zijn (nu \(h))."
        case .invalidSeasonLength(let m): "De seizoenslengte moet minstens 1 zijn (nu \(m))."
        case .noModelFitted(let reason): "Geen enkel model past op deze reeks (\(reason))."
        case .undefinedMetric(let name, let reason): "\(name) is niet te berekenen (\(reason))."
        }
    }

    private static func dutch(_ error: RoutingInputError) -> String {
        switch error {
        case .unreadable(let file, let reason): "\(file): kan het bestand niet lezen: \(reason)"
        case .missing(let file, let part): "\(file): \(dutch(part)) ontbreekt"
        case .invalidValue(let file, let line, let field, let value, let expected):
            "\(file):\(line): veld ‘\(field)’: ongeldige waarde ‘\(value)’, verwacht: \(dutch(expected))"
        case .malformedLine(let file, let line, let field, let problem):
            "\(file):\(line): veld ‘\(field)’: \(dutch(problem))"
        case .duplicate(let file, let line, let field, let value):
            "\(file):\(line): veld ‘\(field)’: de waarde ‘\(value)’ komt twee keer voor"
        case .inconsistent(let file, let field, let problem): "\(file): \(field): \(dutch(problem))"
        }
    }

    private static func dutch(_ part: RoutingInputError.MissingPart) -> String {
        switch part {
        case .key(let key): "de instelling ‘\(key)’"
        case .section(let section): "het onderdeel \(section)"
        case .column(let column): "de kolom ‘\(column)’"
        case .coordinateColumns: "de kolommen ‘x’ en ‘y’, of ‘lat’ en ‘lon’,"
        case .headerLine: "de kopregel"
        case .customerRows: "elke regel met een container"
        case .demand(let node): "de DEMAND_SECTION-regel voor knooppunt \(node)"
        case .files(let ext): "een .\(ext)-bestand"
        case .lines(let word): "de regel ‘\(word)’"
        }
    }

    private static func dutch(_ expected: RoutingInputError.Expectation) -> String {
        switch expected {
        case .oneOf(let values): values.joined(separator: " of ")
        case .number: "een getal"
        case .integer: "een geheel getal"
        case .wholeNumber(let low): "een geheel getal vanaf \(low)"
        case .nonNegativeNumber: "een getal van 0 of meer"
        case .positiveNumber: "een getal groter dan 0"
        case .numberIn(let range): "een getal van \(number(range.lowerBound)) tot en met \(number(range.upperBound))"
        case .unambiguousNumber(let values):
            "één getal (dit kan \(readings(values)) betekenen; schrijf het zonder scheidingsteken voor duizendtallen)"
        case .coordinate(let limit): "een coördinaat tussen −\(number(limit)) en \(number(limit))"
        case .latitude: "een breedtegraad in graden"
        case .longitude: "een lengtegraad in graden"
        case .pointPair: "‘x, y’ of ‘lat, lon’"
        case .degreesPair(let file): "‘lat, lon’ in graden, omdat \(file) kolommen lat/lon heeft"
        case .positiveCustomerNumber: "een positief klantnummer"
        case .listedNode: "een knooppunt uit NODE_COORD_SECTION"
        case .atMost(let key, let value): "hoogstens \(key) (\(number(value)))"
        case .identifier: "een niet-lege aanduiding"
        case .fillLevel: "een vulgraad van 0 tot 1,5 of van 0 tot 150 %"
        case .withinRouteLength(let roundTrip):
            "een plek binnen max_route_km/2 van het depot (heen en terug \(number(roundTrip)) km)"
        }
    }

    private static func dutch(_ problem: RoutingInputError.LineProblem) -> String {
        switch problem {
        case .expectedLayout(let layout): "verwacht ‘\(layout)’"
        case .notHeaderOrSection: "verwacht ‘SLEUTEL : waarde’ of de naam van een onderdeel"
        case .fieldCount(let expected, let found, let separator):
            "\(expected) velden gescheiden door ‘\(separator)’ verwacht, \(found) gevonden"
        case .syntax(.unterminatedQuote): "een veld tussen aanhalingstekens wordt niet afgesloten"
        case .syntax(.textAfterClosingQuote): "er staat tekst na het sluitende aanhalingsteken"
        }
    }

    private static func dutch(_ problem: RoutingInputError.Inconsistency) -> String {
        switch problem {
        case .mustBePositive: "moet groter zijn dan 0"
        case .dimensionMismatch(let declared, let found):
            "noemt \(declared) knooppunten, NODE_COORD_SECTION heeft er \(found)"
        case .oneDepotOnly(let found): "er kan maar één depot zijn, er zijn er \(found)"
        case .depotNotFirst(let depot, let first): "depot \(depot) moet het eerste knooppunt zijn (\(first))"
        case .tooManyNodes(_, let limit):
            "meer dan \(number(Double(limit))) knooppunten; de demo rekent met hoogstens \(number(Double(limit)))"
        }
    }

    private static func dutch(_ error: RoutingProblemError) -> String {
        switch error {
        case .matrixNotSquare(let row, let columns, let expected):
            "rij \(row) van de afstandstabel heeft \(columns) waarden, verwacht \(expected)"
        case .invalidDistance(let from, let to, let value):
            "de afstand van knooppunt \(from) naar \(to) is ongeldig (\(number(value)))"
        case .sizeMismatch(let field, let count, let expected):
            "‘\(field)’ heeft \(count) waarden, verwacht \(expected)"
        case .noDepot: "het probleem heeft geen knooppunten; knooppunt 0 moet het depot zijn"
        case .tooManyNodes(let count, let limit):
            "het probleem heeft \(number(Double(count))) knooppunten; de demo rekent met hoogstens \(number(Double(limit)))"
        case .nonPositiveCapacity(let value): "de capaciteit van een wagen moet groter zijn dan 0 (nu \(number(value)))"
        case .invalidFleetLimit(let value): "er moet minstens 1 wagen zijn (nu \(value))"
        case .invalidMaxRouteLength(let value): "de maximale routelengte moet groter zijn dan 0 (nu \(number(value)))"
        case .invalidDemand(let node, let value): "de vraag van knooppunt \(node) is ongeldig (\(number(value)))"
        case .demandExceedsCapacity(let node, let demand, let capacity):
            "de vraag van knooppunt \(node) (\(number(demand))) is groter dan de capaciteit van een wagen (\(number(capacity)))"
        case .unreachableWithinRouteLength(let node, let roundTrip, let limit):
            "knooppunt \(node) vraagt een rit heen en terug van \(number(roundTrip)), meer dan de grens van \(number(limit))"
        }
    }
}
