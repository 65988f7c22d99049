import Foundation
import LeerpadCore
import LeerpadStore

extension Leerpad {
    /// Adds one respondent's complete answers to `round` (the JSON API): every statement of the
    /// round's questionnaire answered 1–5 or "weet niet", at least one of them 1–5.
    @discardableResult
    public func respond(to round: Round, role: String?, answers: [String: Answer]) throws(AppError) -> RoundResponse {
        try requireAccepting(round)
        let role = try checkedRole(role)
        try checkComplete(answers, for: round)
        let added = try writing(teamID: round.teamID) { store throws(StoreError) in
            try store.addResponses(roundID: round.id, [(role, answers)])
        }
        return added[0]
    }

    /// Starts an anonymous draft in `round` (a visit of the respondent link).
    public func startResponse(in round: Round, role: String?) throws(AppError) -> RoundResponse {
        try requireAccepting(round)
        let role = try checkedRole(role)
        let key = random.string(length: 26, from: Array("abcdefghijklmnopqrstuvwxyz234567"))
        return try storing { store throws(StoreError) in
            try store.startResponse(roundID: round.id, key: key, role: role)
        }
    }

    /// The draft or submitted response kept under `key` in `round`, if any.
    public func response(key: String, in round: Round) throws(AppError) -> RoundResponse? {
        guard !key.isEmpty, key.count <= 64 else { return nil }
        let found = try storing { store throws(StoreError) in try store.response(key: key) }
        return found?.roundID == round.id ? found : nil
    }

    /// Keeps a draft's answers (only statements of the round's questionnaire).
    public func saveDraft(_ response: RoundResponse, in round: Round, role: String?, answers: [String: Answer])
        throws(AppError)
    {
        try requireAccepting(round)
        let role = try checkedRole(role)
        let known = Set(try questionnaire(of: round).statements.map(\.id))
        let kept = answers.filter { known.contains($0.key) }
        try storing { store throws(StoreError) in
            try store.saveDraft(responseID: response.id, role: role, answers: kept)
        }
    }

    /// Submits a complete draft; it cannot change afterwards.
    public func submit(_ response: RoundResponse, in round: Round) throws(AppError) {
        try requireAccepting(round)
        try checkComplete(response.answers, for: round)
        try writing(teamID: round.teamID) { store throws(StoreError) in
            try store.submitResponse(responseID: response.id)
        }
    }

    /// The questionnaire a round asks.
    public func questionnaire(of round: Round) throws(AppError) -> Questionnaire {
        guard let questionnaire = content.model.questionnaires.first(where: { $0.id == round.instrument }) else {
            throw .unknownInstrument(round.instrument, known: content.model.questionnaires.map(\.id))
        }
        return questionnaire
    }

    private func requireAccepting(_ round: Round) throws(AppError) {
        guard round.state == .open else { throw .store(.roundEnded(id: round.id, state: round.state)) }
        if let closes = round.closesAt, time.now() >= closes { throw .roundPastClosing(round: round.id) }
    }

    private func checkedRole(_ role: String?) throws(AppError) -> String? {
        guard let role, !role.isEmpty else { return nil }
        guard Self.respondentRoles.contains(role) else { throw .unknownRole(role, known: Self.respondentRoles) }
        return role
    }

    private func checkComplete(_ answers: [String: Answer], for round: Round) throws(AppError) {
        let statements = try questionnaire(of: round).statements
        let known = Set(statements.map(\.id))
        if let unknown = answers.keys.sorted().first(where: { !known.contains($0) }) {
            throw .invalidAnswer(statement: unknown, reason: .unknownStatement)
        }
        if let missing = statements.first(where: { answers[$0.id] == nil }) {
            throw .invalidAnswer(statement: missing.id, reason: .missing)
        }
        guard [Response(respondent: "", answers: answers)].containAnAnswer else {
            throw .emptyAssessment(source: "round \(round.id)")
        }
    }
}
