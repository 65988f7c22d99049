import LeerpadCore

/// Where a Leerpad database is, as `--db` and `LEERPAD_DB` name it: a PostgreSQL URL
/// (`postgres://USER:PASSWORD@HOST:PORT/DATABASE[?sslmode=…]`) or else the path of a SQLite file.
public enum StoreLocation: Sendable, Equatable {
    /// A SQLite file.
    case sqlite(path: String)
    /// A PostgreSQL database.
    case postgres(url: String)

    /// Reads a `--db` value: a `postgres://` or `postgresql://` URL, or a file path.
    public init(_ text: String) {
        let lowered = text.lowercased()
        if lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://") {
            self = .postgres(url: text)
        } else {
            self = .sqlite(path: text)
        }
    }

    /// Opens the database (migrating it to this version's schema unless `migrating` is false).
    public func open(time: TimeSource = .system, random: RandomSource = .system(), migrating: Bool = true)
        throws(StoreError) -> any LeerpadDatabase
    {
        switch self {
        case .sqlite(let path):
            return try SQLiteProgressStore(path: path, time: time, random: random, migrating: migrating)
        case .postgres(let url):
            return try PostgresProgressStore(
                url: try PostgresURL(parsing: url), time: time, random: random, migrating: migrating)
        }
    }
}
