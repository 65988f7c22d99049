import Foundation
import LeerpadApp
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// The JSON shapes of the API (see `/openapi.json`).
enum APIModels {
    struct Score: Encodable {
        var subdimension: String
        var name: String
        var score: Double?
        var level: Int?
        var previousScore: Double?
        var respondents: Int
        var disputed: Bool
    }

    static func scores(_ assessment: Assessment, previous: Assessment?, model: MaturityModel, language: Language)
        -> [Score]
    {
        assessment.subdimensions.map { score in
            Score(
                subdimension: score.subdimensionID,
                name: model.subdimension(score.subdimensionID)?.name[language] ?? score.subdimensionID,
                score: score.score.map { ($0 * 100).rounded() / 100 }, level: score.level,
                previousScore: previous?.subdimension(score.subdimensionID)?.score.map { ($0 * 100).rounded() / 100 },
                respondents: score.respondents, disputed: score.isDisputed)
        }
    }

    struct Recommendation: Encodable {
        var module: String
        var title: String
        var priority: Int
        var gap: Double
        var reasons: [String]
        var rules: [String]
    }

    struct AssessmentResult: Encodable {
        var id: Int64
        var respondents: Int
        var scores: [Score]
        var recommendations: [Recommendation]
        var useCases: [String]

        init(_ outcome: AssessmentOutcome, content: ContentBundle, language: Language) {
            let (assessment, previous, recommendations) =
                (outcome.assessment, outcome.previous, outcome.recommendations)
            self.id = outcome.stored.id
            respondents = assessment.respondents
            scores = APIModels.scores(assessment, previous: previous, model: content.model, language: language)
            self.recommendations = recommendations.modules.map { rec in
                Recommendation(
                    module: rec.moduleID,
                    title: content.catalogue.module(rec.moduleID)?.title[language] ?? rec.moduleID,
                    priority: rec.priority,
                    gap: (rec.gap * 100).rounded() / 100, reasons: rec.firings.map { $0.reason[language] },
                    rules: rec.firings.map(\.ruleID))
            }
            useCases = recommendations.useCases.map(\.useCaseID)
        }
    }

    struct AssessmentSummary: Encodable {
        var id: Int64
        var takenAt: Date
        var respondents: Int
        var scores: [String: Double]

        init(_ recorded: RecordedAssessment, model: MaturityModel) {
            id = recorded.id
            takenAt = recorded.takenAt
            respondents = recorded.assessment.respondents
            scores = Dictionary(
                recorded.assessment.subdimensions.compactMap { score in
                    score.score.map { (score.subdimensionID, ($0 * 100).rounded() / 100) }
                },
                uniquingKeysWith: { first, _ in first })
        }
    }

    struct Step: Encodable {
        var module: String
        var title: String
        var level: Int
        var status: String
    }

    struct Neighbour: Encodable {
        var rank: Int
        var team: String
        var xp: Int
        var level: Int
    }

    struct Progress: Encodable {
        var team: String
        var municipality: String
        var xp: Int
        var level: Int
        var levelName: String
        var nextLevelXP: Int?
        var badges: [String]
        var streakWeeks: Int
        var path: [Step]
        var scores: [Score]
        var leaderboard: [Neighbour]

        init(_ data: TeamReport, leaderboard: [RankedEntry], content: ContentBundle, language: Language) {
            let state = data.progress.state
            team = data.team.name
            municipality = data.team.municipality
            xp = state.xp
            level = state.level.number
            levelName = state.level.name[language]
            nextLevelXP = content.game.levels.first { $0.minimumXP > state.xp }?.minimumXP
            badges = state.badges.map(\.badgeID)
            streakWeeks = state.streakWeeks
            path = data.progress.steps.map {
                Step(
                    module: $0.moduleID, title: content.catalogue.module($0.moduleID)?.title[language] ?? $0.moduleID,
                    level: $0.level, status: $0.status.rawValue)
            }
            scores =
                data.latest.map {
                    APIModels.scores($0, previous: data.previous, model: content.model, language: language)
                } ?? []
            self.leaderboard = leaderboard.map {
                Neighbour(rank: $0.rank, team: $0.entry.team, xp: $0.entry.xp, level: $0.entry.level)
            }
        }
    }

    struct PlannedStep: Encodable {
        var module: String
        var title: String
        var level: Int
        var start: String
        var end: String
        var runs: [String]
        var hoursPerPerson: Double
        var cost: Double
    }

    struct Unmet: Encodable {
        var module: String
        /// A stable code for scripts (`over-budget`, `no-run`, …), as in `leerpad plan --format json`.
        var code: String
        var reason: String
    }

    struct Plan: Encodable {
        var totalCost: Double
        var hoursPerPerson: Double
        var steps: [PlannedStep]
        var unmet: [Unmet]

        init(_ path: LearningPath, content: ContentBundle, language: Language) {
            totalCost = path.totalCost.amount
            hoursPerPerson = path.totalHoursPerPerson
            steps = path.steps.map { step in
                PlannedStep(
                    module: step.moduleID,
                    title: content.catalogue.module(step.moduleID)?.title[language] ?? step.moduleID, level: step.level,
                    start: step.start.description, end: step.end.description, runs: step.bookings.compactMap(\.runID),
                    hoursPerPerson: step.hoursPerPerson, cost: step.cost.amount)
            }
            unmet = path.unmet.map {
                Unmet(module: $0.moduleID, code: $0.reason.code, reason: $0.reason.message(in: language))
            }
        }
    }

    struct Module: Encodable {
        var id: String
        var title: String
        var format: String
        var hoursPerPerson: Double
        var costPerPerson: Double
        var raises: [String: Int]
        var prerequisites: [String]
        var runs: Int

        init(_ module: TrainingModule, language: Language) {
            id = module.id
            title = module.title[language]
            format = module.format.rawValue
            hoursPerPerson = module.hoursPerPerson
            costPerPerson = module.costPerPerson.amount
            raises = Dictionary(module.raises.map { ($0.subdimensionID, $0.level) }, uniquingKeysWith: max)
            prerequisites = module.prerequisites
            runs = module.runs.count
        }
    }

    struct TeamSummary: Encodable {
        var name: String
        var municipality: String
        var size: Int
        var accessCode: String
        var xp: Int
        var level: Int
        var assessments: Int

        init(_ data: TeamReport) {
            name = data.team.name
            municipality = data.team.municipality
            size = data.team.size
            accessCode = data.team.accessCode
            xp = data.progress.state.xp
            level = data.progress.state.level.number
            assessments = data.assessments.count
        }
    }

    struct Demand: Encodable {
        var module: String
        var title: String
        var teams: [String]
        var people: Int
        var runs: Int
        var cost: Double

        init(_ line: ModuleDemand, content: ContentBundle, language: Language) {
            module = line.moduleID
            title = content.catalogue.module(line.moduleID)?.title[language] ?? line.moduleID
            teams = line.teams
            people = line.people
            runs = line.runs
            cost = line.cost.amount
        }
    }

    struct RecordRequest: Decodable {
        var team: String
        var activity: String
        var item: String
        var score: Double?
    }
}
