/// What exports need to know of a team: its stable id and names.
public struct ExportTeam: Hashable, Sendable {
    /// The store's id, used in IRIs and identifiers.
    public var id: Int64
    /// The team's name.
    public var name: String
    /// The team's municipality.
    public var municipality: String

    /// Creates an export team.
    public init(id: Int64, name: String, municipality: String) {
        self.id = id
        self.name = name
        self.municipality = municipality
    }
}
