/// What `leerpad store status|copy|verify` need of a store: its schema version, its rows table by
/// table, and loading rows into an empty store with their ids kept.
public protocol StoreMaintenance: Sendable {
    /// Where the store is, without secrets (a file path, or a URL without its password).
    var location: String { get }
    /// The schema migrations applied and known.
    func schemaStatus() throws(StoreError) -> SchemaStatus
    /// How many rows `table` has.
    func rowCount(of table: StoreTable) throws(StoreError) -> Int
    /// Up to `limit` rows of `table` from `offset` on, in key order, each in ``StoreTable/columns`` order.
    func rows(of table: StoreTable, offset: Int, limit: Int) throws(StoreError) -> [[StoreValue]]
    /// Loads every table of `source` into this store, which must hold no rows, in one transaction:
    /// all of it or nothing. Ids are kept, and new ids continue after the copied ones.
    func load(from source: any StoreMaintenance, batchSize: Int) throws(StoreError)
}
