/// A team level of the game, reached at `minimumXP`.
public struct TeamLevel: Hashable, Sendable {
    /// The level number, 1 first.
    public var number: Int
    /// The XP from which the level is reached.
    public var minimumXP: Int
    /// The level's name.
    public var name: LocalizedText

    /// Creates a level.
    public init(number: Int, minimumXP: Int, name: LocalizedText) {
        self.number = number
        self.minimumXP = minimumXP
        self.name = name
    }
}

/// What earns a badge.
public enum BadgeCriterion: Hashable, Sendable {
    /// At least this many modules completed.
    case modulesCompleted(Int)
    /// Every module of the accepted path that raises a subdimension of this dimension completed.
    case dimensionPathComplete(dimensionID: String)
    /// A subdimension raised by at least this many maturity levels at a reassessment.
    case subdimensionRaised(levels: Int)
    /// Activity in at least this many consecutive weeks.
    case streak(weeks: Int)
    /// A use case tried in every built-in demo.
    case allDemosTried
    /// Every step of the accepted path completed.
    case pathComplete
}

/// A badge a team can earn.
public struct BadgeDefinition: Hashable, Sendable, Identifiable {
    /// The stable identifier.
    public var id: String
    /// The badge's name.
    public var name: LocalizedText
    /// What it is for.
    public var description: LocalizedText
    /// What earns it.
    public var criterion: BadgeCriterion

    /// Creates a badge.
    public init(id: String, name: LocalizedText, description: LocalizedText, criterion: BadgeCriterion) {
        self.id = id
        self.name = name
        self.description = description
        self.criterion = criterion
    }
}

/// The game's rules as content: levels, XP per activity, badges.
public struct GameSettings: Hashable, Sendable {
    /// Team levels by XP, lowest first.
    public var levels: [TeamLevel]
    /// XP for starting a module.
    public var startedXP: Int
    /// XP for completing a module.
    public var completedXP: Int
    /// Extra XP for a completion with a perfect score (scaled by the score).
    public var scoreBonusXP: Int
    /// XP for trying a use case.
    public var triedXP: Int
    /// XP for taking an assessment.
    public var assessedXP: Int
    /// XP per maturity level a subdimension rises above its best earlier level at a reassessment.
    public var levelRaisedXP: Int
    /// Days that must lie between two rewarded measurements (a quicker one earns nothing).
    public var reassessmentDays: Int
    /// The fewest respondents of a measurement that counts.
    public var minimumRespondents: Int
    /// The badges.
    public var badges: [BadgeDefinition]

    /// Creates settings; levels are sorted by XP.
    public init(
        levels: [TeamLevel], startedXP: Int, completedXP: Int, scoreBonusXP: Int, triedXP: Int, assessedXP: Int,
        levelRaisedXP: Int, reassessmentDays: Int = 28, minimumRespondents: Int = 3, badges: [BadgeDefinition]
    ) {
        self.levels = levels.sorted { $0.minimumXP < $1.minimumXP }
        self.startedXP = startedXP
        self.completedXP = completedXP
        self.scoreBonusXP = scoreBonusXP
        self.triedXP = triedXP
        self.assessedXP = assessedXP
        self.levelRaisedXP = levelRaisedXP
        self.reassessmentDays = reassessmentDays
        self.minimumRespondents = minimumRespondents
        self.badges = badges
    }

    /// The level reached with `xp`.
    public func level(for xp: Int) -> TeamLevel {
        levels.last { xp >= $0.minimumXP } ?? levels[0]
    }

    /// Thresholds that grow geometrically, as Moodle's Level Up XP computes them: level 1 at 0,
    /// level 2 at `base`, then each level at `base + round(previous × coefficient)`
    /// (base 120 and coefficient 1.3 give 0, 120, 276, 479, 743, 1086, 1532, 2112, 2866, 3846).
    public static func geometricThresholds(levels: Int, base: Int, coefficient: Double) -> [Int] {
        guard levels > 0 else { return [] }
        var thresholds = [0]
        for index in 1..<levels {
            thresholds.append(index == 1 ? base : base + Int((Double(thresholds[index - 1]) * coefficient).rounded()))
        }
        return thresholds
    }
}
