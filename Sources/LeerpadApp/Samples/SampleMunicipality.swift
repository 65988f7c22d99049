import Foundation
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// The sample municipality (Gemeente Vlietdam, fictional): three teams with assessments, an
/// accepted path each and some progress, so a new user sees a living app at once.
public enum SampleMunicipality {
    /// Why the sample data could not be loaded.
    public struct LoadError: Error, LocalizedError {
        /// What went wrong, naming the file.
        public var message: String
        public var errorDescription: String? { message }
    }

    /// The municipality of the sample teams.
    public static let municipality = "Vlietdam"

    /// The names of the sample teams.
    public static let teamNames = ["Afvalbeheer", "Sociaal Domein", "Informatievoorziening"]

    /// `Scenarios/teams` next to the Content directory, if it exists.
    public static func locateScenarios(near content: ContentDirectory) -> URL? {
        let candidates = [
            content.url.deletingLastPathComponent().appendingPathComponent("Scenarios/teams"),
            URL(fileURLWithPath: "Scenarios/teams"),
        ]
        return candidates.first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("afvalbeheer.csv").path)
        }
    }

    /// Whether `team` is one of the sample teams.
    public static func isSample(_ team: Team) -> Bool {
        team.municipality == municipality && teamNames.contains(team.name)
    }

    /// Adds the sample teams that do not exist yet, through `leerpad`'s use cases, dated back from
    /// its clock; returns the teams added.
    ///
    /// Afvalbeheer has two assessments (`afvalbeheer.csv` ~9 months ago, `afvalbeheer-2027.csv`
    /// three weeks ago); every team gets a path planned from its first assessment and some events.
    @discardableResult
    public static func seed(into leerpad: Leerpad, teamsDirectory: URL) throws -> [Team] {
        let now = leerpad.time.now()
        let existing = Set(try leerpad.teams().map { $0.name.lowercased() })
        var added: [Team] = []
        for sample in samples where !existing.contains(sample.name.lowercased()) {
            added.append(try seed(sample, into: leerpad, teamsDirectory: teamsDirectory, now: now))
        }
        return added
    }

    private static func seed(_ sample: DemoSample, into leerpad: Leerpad, teamsDirectory: URL, now: Date) throws -> Team
    {
        let day: TimeInterval = 86_400
        let reader = AnswerSheetReader(model: leerpad.content.model)
        let team = try leerpad.addTeam(name: sample.name, municipality: municipality, size: sample.size)
        var first: Assessment?
        for file in sample.files {
            let responses: [Response]
            do {
                responses = try reader.read(contentsOf: teamsDirectory.appendingPathComponent(file.name)).responses
            } catch {
                throw LoadError(message: error.message(in: .english))
            }
            let outcome = try leerpad.recordAssessment(
                responses, for: team, source: file.name, takenAt: now.addingTimeInterval(-file.daysAgo * day))
            if first == nil { first = outcome.assessment }
        }
        guard let first else { return team }
        let constraints = PlanConstraints(
            budget: Euros(cents: 15_000_00), hoursPerPerson: 60, weeks: 52, teamSize: sample.size,
            start: CalendarDate(now).nextMonday)
        let path = try leerpad.advisor.plan(for: first, within: constraints)
        let acceptedAt = now.addingTimeInterval(-(sample.files[0].daysAgo - 3) * day)
        try leerpad.accept(path, for: team, at: acceptedAt)
        var activities: [(ProgressActivity, Date)] = []
        for item in sample.activity where item.step < path.steps.count {
            let module = path.steps[item.step].moduleID
            let when = now.addingTimeInterval(-item.daysAgo * day)
            activities.append((.started(moduleID: module), when.addingTimeInterval(-7 * day)))
            if item.completed { activities.append((.completed(moduleID: module, score: 0.8), when)) }
        }
        let useCases = leerpad.content.useCases
        if let daysAgo = sample.triedUseCase, let useCase = useCases.first(where: { $0.demo != nil }) ?? useCases.first
        {
            activities.append((.triedUseCase(useCase.id), now.addingTimeInterval(-daysAgo * day)))
        }
        activities.sort { $0.1 < $1.1 }
        if !activities.isEmpty { try leerpad.record(activities, for: team) }
        return team
    }

    private static let samples: [DemoSample] = [
        DemoSample(
            name: "Afvalbeheer", size: 7,
            files: [
                DemoSample.File(name: "afvalbeheer.csv", daysAgo: 270),
                DemoSample.File(name: "afvalbeheer-2027.csv", daysAgo: 21),
            ],
            activity: [
                DemoSample.Activity(step: 0, completed: true, daysAgo: 120),
                DemoSample.Activity(step: 1, completed: true, daysAgo: 60),
                DemoSample.Activity(step: 2, completed: true, daysAgo: 16),
                DemoSample.Activity(step: 3, completed: false, daysAgo: 4),
            ], triedUseCase: 30),
        DemoSample(
            name: "Sociaal Domein", size: 6, files: [DemoSample.File(name: "sociaal-domein.csv", daysAgo: 150)],
            activity: [
                DemoSample.Activity(step: 0, completed: true, daysAgo: 40),
                DemoSample.Activity(step: 1, completed: false, daysAgo: 9),
            ], triedUseCase: nil),
        DemoSample(
            name: "Informatievoorziening", size: 5,
            files: [DemoSample.File(name: "informatievoorziening.csv", daysAgo: 90)],
            activity: [DemoSample.Activity(step: 0, completed: false, daysAgo: 12)], triedUseCase: 12),
    ]
}

/// One sample team: its answer files and what it did.
private struct DemoSample: Sendable {
    struct File: Sendable {
        var name: String
        var daysAgo: Double
    }
    struct Activity: Sendable {
        var step: Int
        var completed: Bool
        var daysAgo: Double
    }
    var name: String
    var size: Int
    var files: [File]
    var activity: [Activity]
    var triedUseCase: Double?
}
