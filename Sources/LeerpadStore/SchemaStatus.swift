/// Which schema migrations a store has applied, and which it knows.
public struct SchemaStatus: Hashable, Sendable {
    /// The names of the applied migrations, in order.
    public var applied: [String]
    /// The names of every migration this version of Leerpad knows, in order.
    public var known: [String]

    /// Creates a status.
    public init(applied: [String], known: [String]) {
        self.applied = applied
        self.known = known
    }

    /// The schema version: the number of migrations applied.
    public var version: Int { applied.count }
    /// The latest version this Leerpad knows.
    public var latest: Int { known.count }
    /// The known migrations not applied yet.
    public var pending: [String] { known.filter { !applied.contains($0) } }
    /// Whether the store was written by a newer Leerpad (it applied migrations this one does not know).
    public var isNewer: Bool { applied.contains { !known.contains($0) } }
}
