import Foundation
import LeerpadContent
import LeerpadCore

/// A badge a team earned, as JSON: its id, its name in the chosen language and when (ISO 8601).
public struct BadgeView: Encodable, Sendable {
    /// The badge's id.
    public var id: String
    /// Its name in the chosen language.
    public var name: String
    /// When it was earned, ISO 8601.
    public var earnedAt: String

    /// The view of `badge`, named from `game` in `language`.
    public init(_ badge: EarnedBadge, game: GameSettings, language: Language) {
        id = badge.badgeID
        name = game.badges.first { $0.id == badge.badgeID }?.name[language] ?? badge.badgeID
        earnedAt = ISO8601DateFormatter().string(from: badge.earnedAt)
    }
}
