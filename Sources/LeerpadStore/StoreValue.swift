import Foundation

/// One cell of a stored row, as ``StoreMaintenance`` moves rows between stores.
public enum StoreValue: Hashable, Sendable {
    /// No value (SQL NULL).
    case null
    /// A whole number (ids, counts, booleans as 0/1).
    case integer(Int64)
    /// A floating-point number.
    case real(Double)
    /// Text.
    case text(String)
    /// Bytes.
    case blob(Data)
    /// An instant.
    case date(Date)
}
