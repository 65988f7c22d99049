import Foundation
import LeerpadApp
import LeerpadCore
import LeerpadStore

/// A round as `round status` and `round list` print it: the API's ``RoundStatusView`` with the
/// full link, and after closing the measurement in exactly the JSON of `leerpad assess --format json`.
struct RoundStatusDocument: Encodable {
    var view: RoundStatusView
    var url: String
    var assessment: AssessmentJSONRenderer.Document?

    init(
        _ status: RoundStatus, url: String, model: MaturityModel, language: Language, withAssessment: Bool = true
    ) {
        view = RoundStatusView(status)
        self.url = url
        assessment =
            withAssessment
            ? status.assessment.map {
                AssessmentJSONRenderer.Document(
                    AssessmentReport(source: "round:\(status.round.id)", assessment: $0, model: model),
                    language: language)
            } : nil
    }

    private enum CodingKeys: String, CodingKey { case url, assessment }

    /// The view's fields, then `url` and `assessment` (`null` before closing) beside them.
    func encode(to encoder: any Encoder) throws {
        try view.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(url, forKey: .url)
        try container.encode(assessment, forKey: .assessment)
    }

    /// One line of `round list`.
    func line(in language: Language) -> String {
        [
            String(view.id), view.team, view.instrument,
            RoundText.stateName(RoundState(rawValue: view.state) ?? .open).text(language),
            RoundText.progressLine(submitted: view.responses, teamSize: view.teamSize).text(language),
        ].joined(separator: "\t")
    }

    /// The text of `round status`.
    func text(in language: Language) -> String {
        var lines = [line(in: language), url]
        let mix = view.roles.keys.sorted().map { "\($0.isEmpty ? "–" : $0): \(view.roles[$0]!)" }
        if !mix.isEmpty { lines.append(mix.joined(separator: ", ")) }
        if view.pastClosing { lines.append(RoundText.roundPastClosing(round: view.id).text(language)) }
        if let measurement = view.measurement {
            lines.append(RoundText.roundClosed(round: view.id, assessment: measurement).text(language))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
