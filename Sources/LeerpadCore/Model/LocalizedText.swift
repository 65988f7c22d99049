/// A text in Dutch and in English, as every user-facing text of the Content files is.
public struct LocalizedText: Hashable, Sendable, Codable {
    /// The Dutch text.
    public var dutch: String
    /// The English text.
    public var english: String

    /// Creates a text from its Dutch and English versions.
    public init(dutch: String, english: String) {
        self.dutch = dutch
        self.english = english
    }

    /// The text in `language`.
    public subscript(language: Language) -> String {
        switch language {
        case .dutch: dutch
        case .english: english
        }
    }

    private enum CodingKeys: String, CodingKey {
        case dutch = "nl"
        case english = "en"
    }
}
