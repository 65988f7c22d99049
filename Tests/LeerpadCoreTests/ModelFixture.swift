import LeerpadCore

/// A small model built in code: two dimensions, three subdimensions, a quickscan with one
/// statement per subdimension and a full scan with two statements each, one reversed.
enum ModelFixture {
    static func text(_ value: String) -> LocalizedText { LocalizedText(dutch: value, english: value) }

    static let model: MaturityModel = {
        let levels = [(1, 1.0), (2, 1.8), (3, 2.6), (4, 3.4), (5, 4.2)].map { number, minimum in
            MaturityLevel(number: number, minimumScore: minimum, name: text("L\(number)"), description: text(""))
        }
        let subdimensions = [("alpha", 1, "first"), ("beta", 2, "first"), ("gamma", 3, "second")].map {
            id, number, dimension in
            Subdimension(
                id: id, number: number, dimensionID: dimension, status: .reconstructed, name: text(id),
                description: text(""), descriptors: [:])
        }
        let dimensions = [
            Dimension(
                id: "first", code: "A", status: .verified, name: text("First"), description: text(""),
                subdimensionIDs: ["alpha", "beta"]),
            Dimension(
                id: "second", code: "B", status: .reconstructed, name: text("Second"), description: text(""),
                subdimensionIDs: ["gamma"]),
        ]
        let quickscan = Questionnaire(
            id: "quickscan", name: text("Quick"),
            statements: ["alpha", "beta", "gamma"].enumerated().map { index, id in
                Statement(id: "q\(index + 1)", subdimensionID: id, isReversed: false, text: text(""))
            })
        let fullscan = Questionnaire(
            id: "fullscan", name: text("Full"),
            statements: ["alpha", "beta", "gamma"].enumerated().flatMap { index, id in
                [
                    Statement(id: "f\(index + 1)a", subdimensionID: id, isReversed: false, text: text("")),
                    Statement(id: "f\(index + 1)b", subdimensionID: id, isReversed: true, text: text("")),
                ]
            })
        return MaturityModel(
            version: "test", title: text("Test"), provenance: text(""), disagreementSpread: 1.0,
            levels: levels, dimensions: dimensions, subdimensions: subdimensions,
            questionnaires: [quickscan, fullscan])
    }()

    /// A response with Likert answers given as `[statement: value]`, and "weet niet" for `dontKnow`.
    static func response(_ respondent: String, _ values: [String: Int], dontKnow: [String] = []) -> Response {
        var answers = values.mapValues { Answer.likert($0) }
        for id in dontKnow { answers[id] = .dontKnow }
        return Response(respondent: respondent, answers: answers)
    }
}
