/// One statement in the outbox: its id and its JSON as it will be sent.
public struct OutboxStatement: Hashable, Sendable {
    /// The statement's id (a UUID).
    public var id: String
    /// The statement as JSON.
    public var json: String

    /// Creates an outbox entry.
    public init(id: String, json: String) {
        self.id = id
        self.json = json
    }
}
