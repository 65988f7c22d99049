import Foundation
import HTTPTypes
import Testing

/// The API writes what `/openapi.json` documents: every object has exactly the properties of
/// its schema, down to the nested ones.
@Suite("JSON API against its schemas")
struct APISchemaTests {
    /// Where `value` differs from `schema`, as `path: problem` lines.
    static func mismatches(_ value: Any, _ schema: [String: Any], schemas: [String: [String: Any]], at path: String)
        -> [String]
    {
        if let reference = schema["$ref"] as? String {
            let name = String(reference.split(separator: "/").last ?? "")
            guard let resolved = schemas[name] else { return ["\(path): no schema \(name)"] }
            return mismatches(value, resolved, schemas: schemas, at: path)
        }
        if let all = schema["allOf"] as? [[String: Any]] {
            if value is NSNull { return schema["nullable"] as? Bool == true ? [] : ["\(path): null"] }
            return all.flatMap { mismatches(value, $0, schemas: schemas, at: path) }
        }
        if let items = schema["items"] as? [String: Any] {
            guard let array = value as? [Any] else { return ["\(path): not an array"] }
            return array.enumerated().flatMap { mismatches($1, items, schemas: schemas, at: "\(path)[\($0)]") }
        }
        if let properties = schema["properties"] as? [String: [String: Any]] {
            guard let object = value as? [String: Any] else { return ["\(path): not an object"] }
            let missing = Set(properties.keys).subtracting(object.keys).sorted().map { "\(path): no \($0)" }
            let extra = Set(object.keys).subtracting(properties.keys).sorted().map { "\(path): undocumented \($0)" }
            let nested = properties.keys.sorted().flatMap { key in
                object[key].map { mismatches($0, properties[key]!, schemas: schemas, at: "\(path).\(key)") } ?? []
            }
            return missing + extra + nested
        }
        return []
    }

    @Test("every response of the team, coordinator and demo routes has the documented fields")
    func responsesMatchSchemas() async throws {
        let fixture = try WebFixture()
        let code = fixture.code("Afvalbeheer")
        let round = try fixture.leerpad().openRound(for: fixture.teams["Sociaal Domein"]!, instrument: "quickscan")
        let statements = try #require(fixture.content.model.questionnaires.first { $0.id == "quickscan" }).statements
        let answers = statements.map { "\"\($0.id)\": 3" }.joined(separator: ", ")
        let response = #"{"role": "uitvoering", "answers": {\#(answers)}}"#
        let json: HTTPFields = [.contentType: "application/json"]
        let other = fixture.code("Informatievoorziening")
        try await fixture.run { agent in
            let document = try await agent.get("/openapi.json").json()
            let components = try #require(document["components"] as? [String: Any])
            let schemas = try #require(components["schemas"] as? [String: [String: Any]])
            let basic = "Basic " + Data("coordinator:\(WebFixture.password)".utf8).base64EncodedString()
            let calls: [(String, HTTPRequest.Method, HTTPFields, String?, [String: Any])] = [
                ("/api/teams/\(code)/progress", .get, [:], nil, ["$ref": "#/components/schemas/Progress"]),
                (
                    "/api/teams/\(code)/assessments", .get, [:], nil,
                    ["items": ["$ref": "#/components/schemas/AssessmentSummary"]]
                ),
                (
                    "/api/teams/\(code)/plan?budget=15000&hours=60&weeks=40&start=2027-01-04", .get, [:], nil,
                    ["$ref": "#/components/schemas/Plan"]
                ),
                ("/api/catalogue", .get, [:], nil, ["items": ["$ref": "#/components/schemas/Module"]]),
                (
                    "/api/teams", .get, [.authorization: basic], nil,
                    ["items": ["$ref": "#/components/schemas/TeamSummary"]]
                ),
                (
                    "/api/demand", .get, [.authorization: basic], nil,
                    ["items": ["$ref": "#/components/schemas/DemandLine"]]
                ),
                (
                    "/api/demos/route?scenario=afvalinzameling-hoeverveld", .get, [:], nil,
                    ["$ref": "#/components/schemas/RouteDemo"]
                ),
                (
                    "/api/demos/forecast?scenario=vraagvoorspelling-huishoudelijke-hulp&method=ets", .get, [:], nil,
                    ["$ref": "#/components/schemas/Forecast"]
                ),
                ("/.well-known/did.json", .get, [:], nil, ["$ref": "#/components/schemas/DIDDocument"]),
                ("/badges/status", .get, [:], nil, ["$ref": "#/components/schemas/RevocationList"]),
                (
                    "/api/badges/verify", .post, [.contentType: "application/jwt"], "e30.e30.e30",
                    ["$ref": "#/components/schemas/BadgeVerification"]
                ),
            ]
            let rounds: [(String, HTTPRequest.Method, HTTPFields, String?, [String: Any])] =
                Array(
                    repeating: (
                        "/api/r/\(round.token)/responses", .post, json, response,
                        ["$ref": "#/components/schemas/ResponseAccepted"]
                    ), count: 3) + [
                    (
                        "/api/rounds", .get, [.authorization: basic], nil,
                        ["items": ["$ref": "#/components/schemas/RoundStatus"]]
                    ),
                    (
                        "/api/rounds/\(round.id)/close", .post, [.authorization: basic], nil,
                        ["$ref": "#/components/schemas/AssessmentResult"]
                    ),
                    (
                        "/api/rounds", .post, [.contentType: "application/json", .authorization: basic],
                        #"{"team": "\#(other)", "instrument": "fullscan", "closes": "2099-12-31"}"#,
                        ["$ref": "#/components/schemas/RoundStatus"]
                    ),
                ]
            for (uri, method, headers, body, schema) in calls + rounds {
                let page = try await agent.send(uri, method: method, headers: headers, body: body)
                #expect(page.status == .ok || page.status == .created, "\(method) \(uri): \(page.text)")
                let value = try JSONSerialization.jsonObject(with: Data(page.text.utf8))
                let problems = Self.mismatches(value, schema, schemas: schemas, at: uri)
                #expect(problems.isEmpty, "\(method) \(uri): \(problems.joined(separator: "; "))")
            }
        }
    }
}
