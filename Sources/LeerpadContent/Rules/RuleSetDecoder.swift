import LeerpadCore

/// Builds the rules from a schema-valid `rules.xml` tree, parsing every condition; a syntax
/// error or an id outside the vocabulary names the file, the line and the rule id.
public enum RuleSetDecoder {
    /// The namespace of rule files.
    public static let namespace = "urn:leerpad:rules:1"

    /// Decodes `root`; `file` names the source in diagnostics. With `vocabulary`, every
    /// subdimension, dimension, module and use case a rule names must be in it.
    public static func decode(_ root: XMLElementNode, file: String, vocabulary: RuleVocabulary? = nil)
        throws(ContentError) -> [Rule]
    {
        var problems = ProblemList(file: file)
        guard root.name == "rules", root.namespace == namespace else {
            problems.add(root, "the root element must be <rules xmlns=\"\(namespace)\">")
            throw .invalid(problems.diagnostics)
        }
        var rules: [Rule] = []
        for element in root.children(named: "rule") {
            let id = element.attributes["id"] ?? ""
            let recommendations = element.children(named: "recommend")
            for recommendation in recommendations {
                let (module, useCase) = (recommendation.attributes["module"], recommendation.attributes["usecase"])
                if (module == nil) == (useCase == nil) {
                    problems.add(
                        recommendation, "rule '\(id)': <recommend> needs exactly one of module=\"…\" or usecase=\"…\"")
                } else if let vocabulary, let module, !vocabulary.modules.contains(module) {
                    problems.add(
                        recommendation, "rule '\(id)': recommends module '\(module)', which the catalogue lacks")
                } else if let vocabulary, let useCase, !vocabulary.useCases.contains(useCase) {
                    problems.add(recommendation, "rule '\(id)': recommends use case '\(useCase)', which is not defined")
                }
            }
            guard let when = element.child(named: "when") else { continue }
            let text = when.text
            do {
                let condition = try RuleExpressionParser.parse(text)
                for reference in condition.references where vocabulary?.targets.contains(reference.target) == false {
                    problems.add(
                        when, "rule '\(id)': \(reference) names no subdimension or dimension of the model")
                }
                rules.append(
                    Rule(
                        id: id, priority: Int(element.attributes["priority"] ?? "") ?? 1, condition: condition,
                        conditionText: text.trimmed, moduleIDs: recommendations.compactMap { $0.attributes["module"] },
                        useCaseIDs: recommendations.compactMap { $0.attributes["usecase"] },
                        reason: problems.localized(element, "reason")))
            } catch {
                let lineOffset = text.prefix(error.offset).filter(\.isNewline).count
                var located = when
                located.line += lineOffset
                problems.add(located, "rule '\(id)': condition '\(text.trimmed)' \(error.description)")
            }
        }
        guard problems.diagnostics.isEmpty else { throw .invalid(problems.diagnostics) }
        return rules
    }
}
