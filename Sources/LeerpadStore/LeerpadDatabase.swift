/// A store that keeps everything Leerpad stores: what `leerpad serve` and the commands open.
/// ``SQLiteProgressStore`` and ``PostgresProgressStore`` are the two.
public protocol LeerpadDatabase: ProgressStore, OutboxStore, IssuerKeyStore, PathHistoryStore, TeamStateStore,
    CatalogueStore, StoreMaintenance
{}
