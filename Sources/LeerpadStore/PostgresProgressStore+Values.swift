import Foundation
import PostgresNIO

/// A value bound to a statement's `$1`, `$2`, …: the Swift types the store writes.
protocol PostgresBindable {
    func bind(into bindings: inout PostgresBindings)
}

extension String: PostgresBindable {
    func bind(into bindings: inout PostgresBindings) { bindings.append(self) }
}

extension Int64: PostgresBindable {
    func bind(into bindings: inout PostgresBindings) { bindings.append(self) }
}

extension Int: PostgresBindable {
    func bind(into bindings: inout PostgresBindings) { bindings.append(Int64(self)) }
}

extension Double: PostgresBindable {
    func bind(into bindings: inout PostgresBindings) { bindings.append(self) }
}

extension Bool: PostgresBindable {
    func bind(into bindings: inout PostgresBindings) { bindings.append(self) }
}

extension Data: PostgresBindable {
    func bind(into bindings: inout PostgresBindings) { bindings.append(ByteBuffer(bytes: self)) }
}

extension Date: PostgresBindable {
    func bind(into bindings: inout PostgresBindings) { bindings.append(PostgresInstant(self)) }
}

extension Optional: PostgresBindable where Wrapped: PostgresBindable {
    func bind(into bindings: inout PostgresBindings) {
        if let value = self { value.bind(into: &bindings) } else { bindings.appendNull() }
    }
}

/// A `Date` as a `TIMESTAMPTZ`, to the microsecond, rounded to the nearest one (the driver's own
/// coding truncates, which can turn a millisecond instant into the microsecond before it).
struct PostgresInstant: PostgresNonThrowingEncodable, PostgresDecodable {
    var date: Date

    init(_ date: Date) { self.date = date }

    /// 2000-01-01 (PostgreSQL's epoch) less 2001-01-01 (Foundation's), in microseconds.
    private static let epochOffset: Int64 = -31_622_400 * 1_000_000

    static var psqlType: PostgresDataType { .timestamptz }
    static var psqlFormat: PostgresFormat { .binary }

    func encode<JSONEncoder: PostgresJSONEncoder>(
        into byteBuffer: inout ByteBuffer, context: PostgresEncodingContext<JSONEncoder>
    ) {
        let microseconds = Int64((date.timeIntervalSinceReferenceDate * 1_000_000).rounded()) - Self.epochOffset
        byteBuffer.writeInteger(microseconds)
    }

    init<JSONDecoder: PostgresJSONDecoder>(
        from buffer: inout ByteBuffer, type: PostgresDataType, format: PostgresFormat,
        context: PostgresDecodingContext<JSONDecoder>
    ) throws {
        guard format == .binary, type == .timestamptz || type == .timestamp else {
            throw PostgresDecodingError.Code.typeMismatch
        }
        guard buffer.readableBytes == 8, let microseconds = buffer.readInteger(as: Int64.self) else {
            throw PostgresDecodingError.Code.failure
        }
        date = Date(timeIntervalSinceReferenceDate: Double(microseconds + Self.epochOffset) / 1_000_000)
    }
}

/// One result row, its columns looked up by name as written in the store's SQL (`teamId`):
/// PostgreSQL folds unquoted names to lower case, so the lookup does too.
struct PostgresStoreRow {
    let row: PostgresRandomAccessRow

    init(_ row: PostgresRow) { self.row = row.makeRandomAccess() }

    func callAsFunction<T: PostgresDecodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        try row[column.lowercased()].decode(T.self)
    }

    func date(_ column: String) throws -> Date {
        try row[column.lowercased()].decode(PostgresInstant.self).date
    }

    func optionalDate(_ column: String) throws -> Date? {
        try row[column.lowercased()].decode(PostgresInstant?.self)?.date
    }

    func data(_ column: String) throws -> Data {
        let buffer = try row[column.lowercased()].decode(ByteBuffer.self)
        return Data(buffer.readableBytesView)
    }

    func isNull(_ column: String) -> Bool { row[column.lowercased()].bytes == nil }

    /// The value at `index` (for the maintenance copy, which reads columns in a fixed order).
    func cell(at index: Int) -> PostgresCell { row[index] }
}
