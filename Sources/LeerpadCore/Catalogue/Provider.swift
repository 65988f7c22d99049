/// An organisation that offers training modules.
public struct Provider: Hashable, Sendable, Identifiable {
    /// The stable identifier.
    public var id: String
    /// The provider's name.
    public var name: String
    /// The provider's web site, if known.
    public var url: String?
    /// Whether the provider is invented for the sample catalogue.
    public var isFictional: Bool

    /// Creates a provider.
    public init(id: String, name: String, url: String? = nil, isFictional: Bool = false) {
        self.id = id
        self.name = name
        self.url = url
        self.isFictional = isFictional
    }
}
