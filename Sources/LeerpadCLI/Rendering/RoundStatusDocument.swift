import Foundation
import LeerpadApp
import LeerpadCore
import LeerpadStore

/// A round as `round status` and `round list` print it: progress and the mix of roles, and
/// after closing the measurement in exactly the JSON of `leerpad assess --format json`.
struct RoundStatusDocument: Encodable {
    var id: Int64
    var team: String
    var instrument: String
    var state: String
    var responses: Int
    var drafts: Int
    var teamSize: Int
    var minimum: Int
    var roles: [String: Int]
    var closes: String?
    var pastClosing: Bool
    var url: String
    var assessmentID: Int64?
    var assessment: AssessmentJSONRenderer.Document?

    init(
        _ status: RoundStatus, url: String, model: MaturityModel, language: Language, withAssessment: Bool = true
    ) {
        let round = status.round
        id = round.id
        team = status.team.name
        instrument = round.instrument
        state = round.state.rawValue
        responses = status.submitted
        drafts = status.drafts
        teamSize = status.team.size
        minimum = round.minimumRespondents
        roles = status.roles
        closes = round.closesAt.map { CalendarDate($0).adding(days: -1).description }
        pastClosing = status.isPastClosing
        self.url = url
        assessmentID = round.assessmentID
        assessment =
            withAssessment
            ? status.assessment.map {
                AssessmentJSONRenderer.Document(
                    AssessmentReport(source: "round:\(round.id)", assessment: $0, model: model), language: language)
            } : nil
    }

    /// One line of `round list`.
    func line(in language: Language) -> String {
        [
            String(id), team, instrument, RoundText.stateName(RoundState(rawValue: state) ?? .open).text(language),
            RoundText.progressLine(submitted: responses, teamSize: teamSize).text(language),
        ].joined(separator: "\t")
    }

    /// The text of `round status`.
    func text(in language: Language) -> String {
        var lines = [line(in: language), url]
        let mix = roles.keys.sorted().map { "\($0.isEmpty ? "–" : $0): \(roles[$0]!)" }.joined(separator: ", ")
        if !mix.isEmpty { lines.append(mix) }
        if pastClosing { lines.append(RoundText.roundPastClosing(round: id).text(language)) }
        if let assessmentID { lines.append(RoundText.roundClosed(round: id, assessment: assessmentID).text(language)) }
        return lines.joined(separator: "\n") + "\n"
    }
}
