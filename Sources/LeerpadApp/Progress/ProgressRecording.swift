import Foundation
import LeerpadContent
import LeerpadCore
import LeerpadStore

extension ContentBundle: ContentIdentifiers {
    public func hasModule(_ id: String) -> Bool { catalogue.module(id) != nil }
    public func hasUseCase(_ id: String) -> Bool { useCases.contains { $0.id == id } }
}

extension Leerpad {
    /// Appends what a team did to its log, now or at `at`; returns the new events.
    @discardableResult
    public func record(_ activities: [ProgressActivity], for team: Team, at: Date? = nil) throws(AppError)
        -> [ProgressEvent]
    {
        let when = at ?? time.now()
        return try record(activities.map { ($0, when) }, for: team)
    }

    /// Appends activities that happened at the given moments, in one transaction: all or none.
    @discardableResult
    public func record(_ activities: [(ProgressActivity, Date)], for team: Team) throws(AppError) -> [ProgressEvent] {
        try writing(teamID: team.id) { store throws(StoreError) in try store.record(teamID: team.id, activities) }
    }

    /// Checks a typed progress record and appends it to the team's log.
    @discardableResult
    public func record(_ input: ProgressRecordInput, for team: Team, at: Date? = nil) throws(AppError)
        -> [ProgressEvent]
    {
        switch input.activity(in: content) {
        case .failure(let problems): throw .invalidRecording(problems)
        case .success(let activity): return try record([activity], for: team, at: at)
        }
    }
}
