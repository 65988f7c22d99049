import Foundation

/// Derives a team's game state from its progress log: XP, level, badges and streaks.
///
/// The rules:
/// - events count in the order they happened (ties by log order); a correction revokes an
///   earlier event, which then counts for nothing;
/// - each activity is rewarded once: starting or completing a module, trying a use case, and
///   taking an assessment earn XP the first time only, so repeating or toggling earns nothing;
/// - only a valid measurement (``RecordedAssessment/isValid``: a closed round or an import with at
///   least the minimum of respondents) earns XP, and only when at least `reassessmentDays` lie
///   since the last rewarded one, so one sheet or a quick re-round earns nothing;
/// - a rewarded reassessment earns `levelRaisedXP` for every maturity level a subdimension rises
///   above the best level of the earlier rewarded measurements — the largest reward, for real results;
/// - a week counts towards a streak when it has any counted activity (weeks start on Monday, UTC);
/// - a badge is earned at the first event after which its criterion holds.
public enum GameEngine {
    /// What the engine needs besides the log.
    public struct Context: Sendable {
        /// The game's settings.
        public var settings: GameSettings
        /// The maturity model, for the dimension of each subdimension.
        public var model: MaturityModel
        /// The catalogue, for the subdimensions each module raises.
        public var catalogue: Catalogue
        /// The use cases, for the demo each one belongs to.
        public var useCases: [UseCase]

        /// Creates a context.
        public init(settings: GameSettings, model: MaturityModel, catalogue: Catalogue, useCases: [UseCase]) {
            self.settings = settings
            self.model = model
            self.catalogue = catalogue
            self.useCases = useCases
        }
    }

    /// The state after `events`, given the team's `assessments` and accepted path, as of `now`.
    /// - Complexity: O(*e* log *e* + *e* × *b*) for *e* events and *b* badges.
    public static func state(
        events: [ProgressEvent], assessments: [RecordedAssessment], pathModuleIDs: [String], context: Context, now: Date
    ) -> TeamState {
        let settings = context.settings
        let ordered = events.sorted { ($0.occurredAt, $0.id) < ($1.occurredAt, $1.id) }
        var revoked: Set<Int64> = []
        for event in events {
            if case .correction(let target, _) = event.activity { revoked.insert(target) }
        }
        let assessmentByID = Dictionary(assessments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let demoOfUseCase = Dictionary(
            context.useCases.compactMap { useCase in useCase.demo.map { (useCase.id, $0) } },
            uniquingKeysWith: { first, _ in first })

        var state = TeamState(
            xp: 0, level: settings.level(for: 0), badges: [], streakWeeks: 0, longestStreakWeeks: 0, ledger: [],
            events: events.count, lastGainAt: nil, completedModules: [], startedModules: [], triedUseCases: [])
        var rewarded: Set<String> = []
        var bestLevels: [String: Int] = [:]
        var largestRaise = 0
        var lastRewardedMeasurement: Date?
        var activeWeeks: Set<Int> = []

        for event in ordered {
            if case .correction(let target, _) = event.activity {
                state.ledger.append(XPAward(eventID: event.id, points: 0, reason: "correction of event \(target)"))
                continue
            }
            if revoked.contains(event.id) {
                state.ledger.append(XPAward(eventID: event.id, points: 0, reason: "revoked by a correction"))
                continue
            }
            activeWeeks.insert(week(of: event.occurredAt))
            var points = 0
            var reason = "\(event.activity.kind) \(event.activity.target)"
            let firstTime = event.activity.rewardKey.map { rewarded.insert($0).inserted } ?? false
            switch event.activity {
            case .started(let id):
                state.startedModules.insert(id)
                points = settings.startedXP
            case .completed(let id, let score):
                state.completedModules.insert(id)
                points =
                    settings.completedXP + Int((Double(settings.scoreBonusXP) * min(max(score ?? 0, 0), 1)).rounded())
            case .triedUseCase(let id):
                state.triedUseCases.insert(id)
                points = settings.triedXP
            case .assessed(let id):
                guard let recorded = assessmentByID[id], firstTime else { break }
                guard recorded.isValid else {
                    reason += ", not a valid measurement (\(recorded.respondents) respondent(s))"
                    break
                }
                if let last = lastRewardedMeasurement,
                    recorded.takenAt.timeIntervalSince(last) < Double(settings.reassessmentDays) * 86_400
                {
                    reason += ", within \(settings.reassessmentDays) days of the previous measurement"
                    break
                }
                lastRewardedMeasurement = recorded.takenAt
                points = settings.assessedXP
                var raised = 0
                for score in recorded.assessment.subdimensions {
                    guard let level = score.level else { continue }
                    if let best = bestLevels[score.subdimensionID], level > best {
                        raised += level - best
                        largestRaise = max(largestRaise, level - best)
                    }
                    bestLevels[score.subdimensionID] = max(bestLevels[score.subdimensionID] ?? level, level)
                }
                points += raised * settings.levelRaisedXP
                if raised > 0 { reason += ", \(raised) maturity level(s) raised" }
            case .correction:
                break
            }
            if !firstTime {
                points = 0
                reason = "already rewarded: \(reason)"
            }
            state.xp += points
            if points > 0 { state.lastGainAt = event.occurredAt }
            state.ledger.append(XPAward(eventID: event.id, points: points, reason: reason))

            let longest = longestRun(activeWeeks)
            let demosTried = Set(state.triedUseCases.compactMap { demoOfUseCase[$0] })
            for badge in settings.badges where !state.badges.contains(where: { $0.badgeID == badge.id }) {
                let earned: Bool
                switch badge.criterion {
                case .modulesCompleted(let count): earned = state.completedModules.count >= count
                case .dimensionPathComplete(let dimensionID):
                    let modules = pathModuleIDs.filter { id in
                        context.catalogue.module(id)?.raises.contains {
                            context.model.subdimension($0.subdimensionID)?.dimensionID == dimensionID
                        } == true
                    }
                    earned = !modules.isEmpty && modules.allSatisfy(state.completedModules.contains)
                case .subdimensionRaised(let levels): earned = largestRaise >= levels
                case .streak(let weeks): earned = longest >= weeks
                case .allDemosTried: earned = demosTried == Set(Demo.allCases)
                case .pathComplete:
                    earned = !pathModuleIDs.isEmpty && pathModuleIDs.allSatisfy(state.completedModules.contains)
                }
                if earned {
                    state.badges.append(EarnedBadge(badgeID: badge.id, earnedAt: event.occurredAt, eventID: event.id))
                }
            }
        }
        state.level = settings.level(for: state.xp)
        state.longestStreakWeeks = longestRun(activeWeeks)
        state.streakWeeks = currentRun(activeWeeks, now: week(of: now))
        return state
    }

    /// The Monday-based week number of `date` (UTC), counted from the week of 1970-01-01.
    public static func week(of date: Date) -> Int {
        let days = CalendarDate(date).daysSinceEpoch
        return Int((Double(days + 3) / 7).rounded(.down))
    }

    private static func longestRun(_ weeks: Set<Int>) -> Int {
        var longest = 0
        for week in weeks where !weeks.contains(week - 1) {
            var length = 1
            while weeks.contains(week + length) { length += 1 }
            longest = max(longest, length)
        }
        return longest
    }

    /// Consecutive active weeks ending this week, or last week while this week is still empty.
    private static func currentRun(_ weeks: Set<Int>, now: Int) -> Int {
        var end = now
        if !weeks.contains(end) { end -= 1 }
        var length = 0
        while weeks.contains(end - length) { length += 1 }
        return length
    }
}
