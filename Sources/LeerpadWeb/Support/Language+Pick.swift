import LeerpadCore

extension Language {
    /// Picks the Dutch or English text.
    func pick(_ dutch: String, _ english: String) -> String { self == .dutch ? dutch : english }
}
