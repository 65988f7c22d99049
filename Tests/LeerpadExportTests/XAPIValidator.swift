import Foundation

/// Checks a JSON statement against the xAPI 1.0.3 statement rules that matter here, written
/// independently of the exporter: required properties, IRIs, UUIDs, ISO 8601 timestamps,
/// language maps, score ranges, actor identification.
enum XAPIValidator {
    static let uuid = "^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"
    static let timestamp =
        "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"
    static let languageTag = "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$"

    static func problems(_ statement: [String: Any]) -> [String] {
        var problems: [String] = []
        func matches(_ value: Any?, _ pattern: String) -> Bool {
            (value as? String)?.range(of: pattern, options: .regularExpression) != nil
        }
        func isIRI(_ value: Any?) -> Bool {
            guard let text = value as? String, let url = URL(string: text), let scheme = url.scheme else {
                return false
            }
            return !scheme.isEmpty && !text.contains(" ")
        }
        func isLanguageMap(_ value: Any?) -> Bool {
            guard let map = value as? [String: String], !map.isEmpty else { return false }
            return map.keys.allSatisfy { $0.range(of: languageTag, options: .regularExpression) != nil }
        }
        if !matches(statement["id"], uuid) { problems.append("id is not a UUID") }
        if !matches(statement["timestamp"], timestamp) { problems.append("timestamp is not ISO 8601") }
        if let version = statement["version"], !((version as? String)?.hasPrefix("1.0") ?? false) {
            problems.append("version must be 1.0.x")
        }
        guard let actor = statement["actor"] as? [String: Any] else { return problems + ["actor missing"] }
        let identifiers = ["mbox", "mbox_sha1sum", "openid", "account"].filter { actor[$0] != nil }
        if actor["objectType"] as? String == "Group" {
            if identifiers.count > 1 { problems.append("actor has more than one identifier") }
            if identifiers.isEmpty, actor["member"] == nil { problems.append("an anonymous group needs members") }
        } else if identifiers.count != 1 {
            problems.append("an agent needs exactly one identifier")
        }
        if let account = actor["account"] as? [String: Any] {
            if !isIRI(account["homePage"]) { problems.append("account.homePage is not an IRL") }
            if (account["name"] as? String)?.isEmpty != false { problems.append("account.name missing") }
        }
        guard let verb = statement["verb"] as? [String: Any] else { return problems + ["verb missing"] }
        if !isIRI(verb["id"]) { problems.append("verb.id is not an IRI") }
        if let display = verb["display"], !isLanguageMap(display) {
            problems.append("verb.display is not a language map")
        }
        guard let object = statement["object"] as? [String: Any] else { return problems + ["object missing"] }
        switch object["objectType"] as? String ?? "Activity" {
        case "Activity":
            if !isIRI(object["id"]) { problems.append("object.id is not an IRI") }
            if let definition = object["definition"] as? [String: Any] {
                if let name = definition["name"], !isLanguageMap(name) {
                    problems.append("definition.name is not a language map")
                }
                if let type = definition["type"], !isIRI(type) { problems.append("definition.type is not an IRI") }
            }
        case "StatementRef":
            if !matches(object["id"], uuid) { problems.append("StatementRef id is not a UUID") }
            if (verb["id"] as? String) != "http://adlnet.gov/expapi/verbs/voided" {
                problems.append("a StatementRef here must be voided")
            }
        default:
            problems.append("unexpected objectType")
        }
        if let result = statement["result"] as? [String: Any], let score = result["score"] as? [String: Any],
            let scaled = score["scaled"] as? Double, !(-1...1).contains(scaled)
        {
            problems.append("score.scaled outside -1…1")
        }
        return problems
    }
}
