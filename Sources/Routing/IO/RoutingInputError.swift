import DelimitedText
import Foundation

/// A problem with an input file, naming the file, the 1-based line and the field.
///
/// The cases carry what was wrong as values (``Expectation``, ``LineProblem``, ``Inconsistency``),
/// not as sentences, so that an application can say it in its users' language; ``description``
/// is the English form.
public enum RoutingInputError: Error, Sendable, Equatable {
    /// The file could not be read.
    case unreadable(file: String, reason: String)
    /// A required key, section, column or line is missing.
    case missing(file: String, part: MissingPart)
    /// A value could not be parsed or is out of range.
    case invalidValue(file: String, line: Int, field: String, value: String, expected: Expectation)
    /// A line has the wrong shape (e.g. too few columns).
    case malformedLine(file: String, line: Int, field: String, problem: LineProblem)
    /// The same identifier appears twice.
    case duplicate(file: String, line: Int, field: String, value: String)
    /// The file is valid on its own but describes an impossible or unsupported problem.
    case inconsistent(file: String, field: String, problem: Inconsistency)

    /// What a file lacks.
    public enum MissingPart: Sendable, Equatable {
        /// A `KEY : value` header or `key = value` setting.
        case key(String)
        /// A `…_SECTION` of a VRPLIB file.
        case section(String)
        /// A column of a CSV header.
        case column(String)
        /// Coordinate columns: `x` and `y`, or `lat` and `lon`.
        case coordinateColumns
        /// The CSV header line.
        case headerLine
        /// Any customer row after the header.
        case customerRows
        /// A `DEMAND_SECTION` entry for the node.
        case demand(node: Int)
        /// Files with this extension in a folder.
        case files(extension: String)
        /// A line starting with this word (`Cost`, `Route`) in a solution file.
        case lines(String)
    }

    /// What a field should have held.
    public enum Expectation: Sendable, Equatable {
        /// One of these literal values (`EUC_2D`, `CVRP`).
        case oneOf([String])
        /// Any finite number.
        case number
        /// A whole number.
        case integer
        /// A whole number at least this.
        case wholeNumber(atLeast: Int)
        /// A finite number of zero or more.
        case nonNegativeNumber
        /// A finite number above zero.
        case positiveNumber
        /// A finite number in the range.
        case numberIn(ClosedRange<Double>)
        /// A number written so that it means one value; these are its readings (`1.234` with `;`).
        case unambiguousNumber(readings: [Double])
        /// A coordinate whose magnitude is at most this.
        case coordinate(limit: Double)
        /// A latitude in degrees (−90…90).
        case latitude
        /// A longitude in degrees (−180…180).
        case longitude
        /// An `x, y` pair or a `lat, lon` pair.
        case pointPair
        /// A `lat, lon` pair in degrees, because the customer file has latitude/longitude columns.
        case degreesPair(customerFile: String)
        /// A positive customer number of the instance.
        case positiveCustomerNumber
        /// A node listed in `NODE_COORD_SECTION`.
        case listedNode
        /// At most the value of another key or header.
        case atMost(key: String, value: Double)
        /// A non-empty identifier.
        case identifier
        /// A fill level: a share 0…1.5 or a percentage 0…150 %.
        case fillLevel
        /// A location whose round trip from the depot fits in `max_route_km`.
        case withinRouteLength(roundTrip: Double)
    }

    /// Why a line does not have the shape its place in the file needs.
    public enum LineProblem: Sendable, Equatable {
        /// The line should look like this layout (`KEY : value`, `node x y`, `key = value`, `Route #k: c1 c2 …`).
        case expectedLayout(String)
        /// A VRPLIB line that is neither a `KEY : value` header nor a section name.
        case notHeaderOrSection
        /// A CSV record with too few fields.
        case fieldCount(expected: Int, found: Int, separator: Character)
        /// The delimited text itself is broken (a quote not closed, text after a closing quote).
        case syntax(DelimitedTextError)
    }

    /// Why a readable file describes a problem the solver cannot take.
    public enum Inconsistency: Sendable, Equatable {
        /// The value must be above zero.
        case mustBePositive
        /// `DIMENSION` says one number of nodes, the coordinates list another.
        case dimensionMismatch(declared: Int, found: Int)
        /// More than one depot.
        case oneDepotOnly(found: Int)
        /// The depot is not the first node.
        case depotNotFirst(depot: Int, first: Int)
        /// More nodes than the solver takes (``RoutingProblem/maximumNodes``); `found` is the declared
        /// `DIMENSION`, or the node count at which reading stopped.
        case tooManyNodes(found: Int, limit: Int)
    }
}

extension RoutingInputError: LocalizedError, CustomStringConvertible {
    /// A one-line English message of the form `file:line: field: problem`.
    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot read file: \(reason)"
        case .missing(let file, let part):
            return "\(file): missing \(part)"
        case .invalidValue(let file, let line, let field, let value, let expected):
            return "\(file):\(line): field '\(field)': invalid value '\(value)', expected \(expected)"
        case .malformedLine(let file, let line, let field, let problem):
            return "\(file):\(line): field '\(field)': \(problem)"
        case .duplicate(let file, let line, let field, let value):
            return "\(file):\(line): field '\(field)': duplicate value '\(value)'"
        case .inconsistent(let file, let field, let problem):
            return "\(file): \(field): \(problem)"
        }
    }

    /// The same text as ``description``.
    public var errorDescription: String? { description }
}

extension RoutingInputError.MissingPart: CustomStringConvertible {
    /// The part in English.
    public var description: String {
        switch self {
        case .key(let key): "key '\(key)'"
        case .section(let section): section
        case .column(let column): "column '\(column)'"
        case .coordinateColumns: "columns 'x' and 'y', or 'lat' and 'lon'"
        case .headerLine: "header line"
        case .customerRows: "customer rows"
        case .demand(let node): "DEMAND_SECTION entry for node \(node)"
        case .files(let ext): ".\(ext) files"
        case .lines(let word): "\(word) line"
        }
    }
}

extension RoutingInputError.Expectation: CustomStringConvertible {
    /// The expectation in English.
    public var description: String {
        switch self {
        case .oneOf(let values): values.joined(separator: " or ")
        case .number: "a number"
        case .integer: "an integer"
        case .wholeNumber(let low): "a whole number ≥ \(low)"
        case .nonNegativeNumber: "a non-negative number"
        case .positiveNumber: "a positive number"
        case .numberIn(let range):
            "a number in \(DelimitedNumber.text(range.lowerBound))…\(DelimitedNumber.text(range.upperBound))"
        case .unambiguousNumber(let readings):
            "one number (this reads as \(readings.map(DelimitedNumber.text).joined(separator: " or ")); write it without a thousands separator)"
        case .coordinate(let limit):
            "a coordinate between −\(DelimitedNumber.text(limit)) and \(DelimitedNumber.text(limit))"
        case .latitude: "a latitude in degrees"
        case .longitude: "a longitude in degrees"
        case .pointPair: "'x, y' or 'lat, lon'"
        case .degreesPair(let file): "'lat, lon' in degrees, because \(file) has lat/lon columns"
        case .positiveCustomerNumber: "a positive customer number"
        case .listedNode: "a node listed in NODE_COORD_SECTION"
        case .atMost(let key, let value): "at most \(key) \(DelimitedNumber.text(value))"
        case .identifier: "a non-empty identifier"
        case .fillLevel: "a fill level 0…1.5 or 0…150 %"
        case .withinRouteLength(let roundTrip):
            "a location within max_route_km/2 of the depot (round trip \(roundTrip) km)"
        }
    }
}

extension RoutingInputError.LineProblem: CustomStringConvertible {
    /// The problem in English.
    public var description: String {
        switch self {
        case .expectedLayout(let layout): "expected '\(layout)'"
        case .notHeaderOrSection: "expected 'KEY : value' or a section name"
        case .fieldCount(let expected, let found, let separator):
            "expected \(expected) fields separated by '\(separator)', found \(found)"
        case .syntax(let error): error.reason
        }
    }
}

extension RoutingInputError.Inconsistency: CustomStringConvertible {
    /// The inconsistency in English.
    public var description: String {
        switch self {
        case .mustBePositive: "must be positive"
        case .dimensionMismatch(let declared, let found): "says \(declared) nodes, NODE_COORD_SECTION has \(found)"
        case .oneDepotOnly(let found): "only one depot is supported, found \(found)"
        case .depotNotFirst(let depot, let first): "depot \(depot) must be the first node (\(first))"
        case .tooManyNodes(_, let limit): "more than \(limit) nodes; the solver takes at most \(limit)"
        }
    }
}
