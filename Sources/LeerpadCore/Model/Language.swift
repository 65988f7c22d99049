/// A language Leerpad speaks to its users: Dutch by default, English on request.
public enum Language: String, CaseIterable, Sendable, Codable {
    case dutch = "nl"
    case english = "en"

    /// The default language of every user-facing text.
    public static let `default` = Language.dutch
}
