/// What a progress record can refer to.
public protocol ContentIdentifiers {
    /// Whether the catalogue has a module with this id.
    func hasModule(_ id: String) -> Bool
    /// Whether a use case has this id.
    func hasUseCase(_ id: String) -> Bool
}
