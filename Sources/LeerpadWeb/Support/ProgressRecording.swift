import Foundation
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// A coordinator's record of a team's activity, checked field by field (shared by the page and the API).
struct ProgressRecording {
    var team: Team
    var activity: ProgressActivity

    /// Checks `activity` (`started`, `completed`, `tried`), `item` (`module:ID`, `usecase:ID` or a bare id) and `score` (0–1).
    static func parse(
        teamCode: String?, activity: String?, item: String?, score: String?, services: WebServices,
        content: ContentBundle,
        language l: Language
    ) throws(WebError) -> Result<ProgressRecording, FieldErrors> {
        var errors = FieldErrors()
        var team: Team?
        if let teamCode, !teamCode.isEmpty {
            do {
                team = try services.team(accessCode: teamCode, language: l)
            } catch {
                errors["team"] = error.message
            }
        } else {
            errors["team"] = l.pick("Kies een team.", "Choose a team.")
        }
        let rawItem = item ?? ""
        let id = rawItem.split(separator: ":", maxSplits: 1).last.map(String.init) ?? ""
        var scoreValue: Double?
        if let score, !score.trimmingCharacters(in: .whitespaces).isEmpty {
            if let value = Double(score.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")),
                value.isFinite,
                (0...1).contains(value)
            {
                scoreValue = value
            } else {
                errors["score"] = l.pick("Een score is een getal van 0 tot 1.", "A score is a number from 0 to 1.")
            }
        }
        var recorded: ProgressActivity?
        switch activity ?? "" {
        case "started", "completed":
            if content.catalogue.module(id) == nil || rawItem.hasPrefix("usecase:") {
                errors["item"] = l.pick("Kies een module uit de catalogus.", "Choose a module of the catalogue.")
            } else {
                recorded = activity == "started" ? .started(moduleID: id) : .completed(moduleID: id, score: scoreValue)
            }
        case "tried":
            if !content.useCases.contains(where: { $0.id == id }) || rawItem.hasPrefix("module:") {
                errors["item"] = l.pick("Kies een use case.", "Choose a use case.")
            } else {
                recorded = .triedUseCase(id)
            }
        default:
            errors["activity"] = l.pick("Kies started, completed of tried.", "Choose started, completed or tried.")
        }
        guard errors.isEmpty, let team, let recorded else { return .failure(errors) }
        return .success(ProgressRecording(team: team, activity: recorded))
    }
}
