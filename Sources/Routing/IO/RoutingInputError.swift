import Foundation

/// A problem with an input file, naming the file, the 1-based line and the field.
public enum RoutingInputError: Error, Sendable, Equatable {
    /// The file could not be read.
    case unreadable(file: String, reason: String)
    /// A required key, section or column is missing.
    case missing(file: String, field: String)
    /// A value could not be parsed or is out of range.
    case invalidValue(file: String, line: Int, field: String, value: String, expected: String)
    /// A line has the wrong shape (e.g. too few columns).
    case malformedLine(file: String, line: Int, field: String, detail: String)
    /// The same identifier appears twice.
    case duplicate(file: String, line: Int, field: String, value: String)
    /// The file is valid on its own but describes an impossible problem.
    case inconsistent(file: String, field: String, detail: String)
}

extension RoutingInputError: LocalizedError, CustomStringConvertible {
    /// A one-line message of the form `file:line: field: problem`.
    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            return "\(file): cannot read file: \(reason)"
        case .missing(let file, let field):
            return "\(file): missing \(field)"
        case .invalidValue(let file, let line, let field, let value, let expected):
            return "\(file):\(line): field '\(field)': invalid value '\(value)', expected \(expected)"
        case .malformedLine(let file, let line, let field, let detail):
            return "\(file):\(line): field '\(field)': \(detail)"
        case .duplicate(let file, let line, let field, let value):
            return "\(file):\(line): field '\(field)': duplicate value '\(value)'"
        case .inconsistent(let file, let field, let detail):
            return "\(file): \(field): \(detail)"
        }
    }

    /// The same text as ``description``.
    public var errorDescription: String? { description }
}
