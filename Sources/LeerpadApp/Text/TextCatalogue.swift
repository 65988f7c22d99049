import LeerpadCore

/// A catalogue of user-facing texts: an enum whose every case has a Dutch and an English text.
///
/// Each catalogue keeps its Dutch texts in `…+Dutch.swift` and its English texts in `…+English.swift`,
/// both exhaustive switches without `default`, so a text missing in one language does not compile.
public protocol TextCatalogue: Sendable {
    /// The text in Dutch.
    var dutch: String { get }
    /// The text in English.
    var english: String { get }
}

extension TextCatalogue {
    /// The text in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .dutch: dutch
        case .english: english
        }
    }
}
