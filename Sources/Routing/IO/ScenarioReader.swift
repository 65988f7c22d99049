import DelimitedText
import Foundation

/// Reads a scenario folder: `scenario.conf` (key = value lines, `#` comments) and the
/// customer CSV it names.
///
/// `scenario.conf` keys: `name`, `date`, `depot` (`x, y` in km or `lat, lon` in degrees,
/// matching the CSV), `vehicles`, `vehicle_capacity`, `trips_per_vehicle` (default 1),
/// `must_visit` (default 0.8), `optional_from` (default 0.6), `optional_detour_km`
/// (default 1.0), `max_route_km` (optional), `road_factor` (default 1.0),
/// `customers_file` (default `customers.csv`).
///
/// The CSV needs a header with `id`, either `x` and `y` (km) or `lat` and `lon`, `volume`
/// and `fill` (0…1.5, over-full bins above 1, or percent as `85` or `85%`). Comma or semicolon separated (with a
/// semicolon, decimal commas are accepted); read with ``DelimitedTextReader``, so a byte-order
/// mark, CRLF and quoted fields (also with line breaks) are understood.
public enum ScenarioReader {
    /// Name of the settings file inside a scenario folder.
    public static let settingsFileName = "scenario.conf"

    /// Reads the scenario in `directory`.
    public static func read(directory: String) throws(RoutingInputError) -> FillLevelScenario {
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        let settingsPath = base + "/" + settingsFileName
        let settings = try parseSettings(TextFile.read(settingsPath), file: settingsPath)
        let csvName = settings.values["customers_file"]?.value ?? "customers.csv"
        let csvPath = csvName.hasPrefix("/") ? csvName : base + "/" + csvName
        return try build(settings: settings, csv: TextFile.read(csvPath), csvFile: csvPath)
    }

    /// Key-value settings with the line each key came from.
    public struct Settings: Sendable {
        /// File name used in errors.
        public var file: String
        /// Values by lower-cased key.
        public var values: [String: (value: String, line: Int)]
    }

    /// Parses `key = value` lines (also `key: value`); `#` starts a comment.
    public static func parseSettings(_ text: String, file: String) throws(RoutingInputError) -> Settings {
        var values: [String: (value: String, line: Int)] = [:]
        for (index, raw) in TextFile.lines(text).enumerated() {
            var line = Substring(raw)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let trimmed = line.trimmingCharacters(in: .whitespacesAndTabs)
            if trimmed.isEmpty { continue }
            guard let split = trimmed.firstIndex(where: { $0 == "=" || $0 == ":" }) else {
                throw .malformedLine(
                    file: file, line: index + 1, field: trimmed, problem: .expectedLayout("key = value"))
            }
            let key = trimmed[..<split].trimmingCharacters(in: .whitespacesAndTabs).lowercased()
            let value = trimmed[trimmed.index(after: split)...].trimmingCharacters(in: .whitespacesAndTabs)
            if values[key] != nil {
                throw .duplicate(file: file, line: index + 1, field: key, value: value)
            }
            values[key] = (value, index + 1)
        }
        return Settings(file: file, values: values)
    }

    /// Builds a scenario from parsed settings and the CSV text.
    public static func build(settings: Settings, csv: String, csvFile: String) throws(RoutingInputError)
        -> FillLevelScenario
    {
        let file = settings.file
        func text(_ key: String) throws(RoutingInputError) -> (String, Int) {
            guard let entry = settings.values[key] else { throw .missing(file: file, part: .key(key)) }
            return (entry.value, entry.line)
        }
        func number(_ key: String, default fallback: Double?, range: ClosedRange<Double>) throws(RoutingInputError)
            -> Double?
        {
            guard let entry = settings.values[key] else { return fallback }
            return try ScenarioReader.number(
                entry.value, in: range, file: file, line: entry.line, field: key, expected: .numberIn(range))
        }
        func integer(_ key: String, default fallback: Int?) throws(RoutingInputError) -> Int? {
            guard let entry = settings.values[key] else { return fallback }
            guard let value = Int(entry.value), value >= 1 else {
                throw .invalidValue(
                    file: file, line: entry.line, field: key, value: entry.value, expected: .wholeNumber(atLeast: 1))
            }
            return value
        }
        let vehicles = try integer("vehicles", default: nil)
        guard let vehicles else { throw .missing(file: file, part: .key("vehicles")) }
        let trips = try integer("trips_per_vehicle", default: 1)!
        guard let capacity = try number("vehicle_capacity", default: nil, range: 1e-9...1e12) else {
            throw .missing(file: file, part: .key("vehicle_capacity"))
        }
        let must = try number("must_visit", default: 0.8, range: 0...1)!
        let optional = try number("optional_from", default: 0.6, range: 0...1)!
        if optional > must {
            let entry = settings.values["optional_from"]!
            throw .invalidValue(
                file: file, line: entry.line, field: "optional_from", value: entry.value,
                expected: .atMost(key: "must_visit", value: must))
        }
        let detour = try number("optional_detour_km", default: 1.0, range: 0...1e6)!
        let maxRoute = try number("max_route_km", default: nil, range: 1e-9...1e9)
        let roadFactor = try number("road_factor", default: 1.0, range: 1...5)!
        let (depotText, depotLine) = try text("depot")
        let depotParts = depotText.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndTabs) }
        guard depotParts.count == 2, let d0 = Double(depotParts[0]), let d1 = Double(depotParts[1]),
            abs(d0) <= RoutingProblem.maximumCoordinate, abs(d1) <= RoutingProblem.maximumCoordinate
        else {
            throw .invalidValue(file: file, line: depotLine, field: "depot", value: depotText, expected: .pointPair)
        }

        let table = try parseCustomers(csv, file: csvFile)
        var projection: GeoProjection?
        var depot = Point(x: d0, y: d1)
        var customers: [FillLevelCustomer] = []
        if table.geographic {
            guard (-90...90).contains(d0), (-180...180).contains(d1) else {
                throw .invalidValue(
                    file: file, line: depotLine, field: "depot", value: depotText,
                    expected: .degreesPair(customerFile: csvFile))
            }
            let p = GeoProjection(originLatitude: d0, originLongitude: d1)
            projection = p
            depot = Point(x: 0, y: 0)
            customers = table.rows.map {
                FillLevelCustomer(
                    id: $0.id, position: p.project(latitude: $0.a, longitude: $0.b), volume: $0.volume, fill: $0.fill)
            }
        } else {
            customers = table.rows.map {
                FillLevelCustomer(id: $0.id, position: Point(x: $0.a, y: $0.b), volume: $0.volume, fill: $0.fill)
            }
        }
        for (row, customer) in zip(table.rows, customers) {
            if customer.volume > capacity {
                throw .invalidValue(
                    file: csvFile, line: row.line, field: "volume", value: String(customer.volume),
                    expected: .atMost(key: "vehicle_capacity", value: capacity))
            }
            if let maxRoute {
                let roundTrip = 2 * depot.distance(to: customer.position) * roadFactor
                if roundTrip > maxRoute {
                    throw .invalidValue(
                        file: csvFile, line: row.line, field: "id", value: customer.id,
                        expected: .withinRouteLength(roundTrip: roundTrip))
                }
            }
        }
        let input = CollectionPlanInput(
            depot: depot, customers: customers, capacity: capacity, fleetLimit: vehicles * trips,
            maxRouteLength: maxRoute, thresholds: SelectionThresholds(mustVisit: must, optionalFrom: optional),
            detourBudget: detour, distanceFactor: roadFactor)
        return FillLevelScenario(
            name: settings.values["name"]?.value ?? "scenario", date: settings.values["date"]?.value ?? "",
            input: input, projection: projection, vehicles: vehicles, tripsPerVehicle: trips)
    }

    /// One parsed CSV row; `a`/`b` are x/y or lat/lon.
    /// The fullest a container can be reported: 150 % (over-full bins count as mandatory).
    public static let maximumFill = 1.5

    struct Row { var id: String; var a: Double; var b: Double; var volume: Double; var fill: Double; var line: Int }

    static func parseCustomers(_ text: String, file: String) throws(RoutingInputError) -> (
        rows: [Row], geographic: Bool
    ) {
        let table: DelimitedTable
        do {
            table = try DelimitedTextReader.read(text)
        } catch {
            throw .malformedLine(file: file, line: error.line, field: "column \(error.column)", problem: .syntax(error))
        }
        guard let headerRecord = table.records.first else { throw .missing(file: file, part: .headerLine) }
        let separator = table.separator
        let header = headerRecord.trimmedValues.map { $0.lowercased() }
        func column(_ names: [String]) -> Int? { header.firstIndex(where: names.contains) }
        guard let idColumn = column(["id"]) else { throw .missing(file: file, part: .column("id")) }
        let latColumn = column(["lat", "latitude", "breedtegraad"])
        let lonColumn = column(["lon", "lng", "longitude", "lengtegraad"])
        let xColumn = column(["x"])
        let yColumn = column(["y"])
        let geographic: Bool
        let aColumn: Int
        let bColumn: Int
        if let latColumn, let lonColumn {
            geographic = true
            aColumn = latColumn
            bColumn = lonColumn
        } else if let xColumn, let yColumn {
            geographic = false
            aColumn = xColumn
            bColumn = yColumn
        } else {
            throw .missing(file: file, part: .coordinateColumns)
        }
        guard let volumeColumn = column(["volume"]) else { throw .missing(file: file, part: .column("volume")) }
        guard let fillColumn = column(["fill", "fill_level"]) else {
            throw .missing(file: file, part: .column("fill"))
        }
        let needed = max(idColumn, aColumn, bColumn, volumeColumn, fillColumn) + 1
        var rows: [Row] = []
        var seen: Set<String> = []
        for record in table.records.dropFirst() {
            let lineNumber = record.line
            let fields = record.trimmedValues
            guard fields.count >= needed else {
                throw .malformedLine(
                    file: file, line: lineNumber, field: header[min(fields.count, header.count - 1)],
                    problem: .fieldCount(expected: header.count, found: fields.count, separator: separator.character))
            }
            let id = fields[idColumn]
            guard !id.isEmpty else {
                throw .invalidValue(file: file, line: lineNumber, field: "id", value: id, expected: .identifier)
            }
            guard !seen.contains(id) else { throw .duplicate(file: file, line: lineNumber, field: "id", value: id) }
            seen.insert(id)
            func value(_ column: Int, _ range: ClosedRange<Double>, _ expected: RoutingInputError.Expectation)
                throws(RoutingInputError) -> Double
            {
                try number(
                    fields[column], in: range, separator: separator, file: file, line: lineNumber,
                    field: header[column], expected: expected)
            }
            let limit = RoutingProblem.maximumCoordinate
            let a = try value(
                aColumn, geographic ? -90...90 : -limit...limit, geographic ? .latitude : .coordinate(limit: limit))
            let b = try value(
                bColumn, geographic ? -180...180 : -limit...limit, geographic ? .longitude : .coordinate(limit: limit))
            let volume = try value(volumeColumn, 1e-9...1e9, .positiveNumber)
            var fillText = fields[fillColumn]
            var percent = false
            if fillText.hasSuffix("%") {
                fillText.removeLast()
                percent = true
            }
            // A share up to 1.5 (sensors report over-full bins: 1.05 is 105 %), a larger number a
            // percentage; anything past 150 % full is a reading error.
            let fills = DelimitedNumber.readings(fillText, separator: separator)
                .map { percent || $0 > Self.maximumFill ? $0 / 100 : $0 }
                .filter { (0...Self.maximumFill).contains($0) }
            guard fills.count == 1 else {
                throw .invalidValue(
                    file: file, line: lineNumber, field: header[fillColumn], value: fields[fillColumn],
                    expected: fills.isEmpty ? .fillLevel : .unambiguousNumber(readings: fills))
            }
            let fill = fills[0]
            rows.append(Row(id: id, a: a, b: b, volume: volume, fill: fill, line: lineNumber))
        }
        guard !rows.isEmpty else { throw .missing(file: file, part: .customerRows) }
        return (rows, geographic)
    }

    /// The one number `text` means within `range` under the Dutch-or-English rule of ``DelimitedNumber``
    /// (a decimal comma is accepted; `1.234` is read the way that falls in `range`, refused when both do).
    static func number(
        _ text: String, in range: ClosedRange<Double>, separator: FieldSeparator = .semicolon, file: String,
        line: Int, field: String, expected: RoutingInputError.Expectation
    ) throws(RoutingInputError) -> Double {
        let values = DelimitedNumber.readings(text, separator: separator).filter(range.contains)
        guard values.count == 1 else {
            throw .invalidValue(
                file: file, line: line, field: field, value: text,
                expected: values.isEmpty ? expected : .unambiguousNumber(readings: values))
        }
        return values[0]
    }
}
