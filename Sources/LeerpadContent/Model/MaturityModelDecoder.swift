import LeerpadCore

/// Builds a ``MaturityModel`` from a schema-valid `model.xml` tree and checks what the
/// schema cannot: level order, a descriptor per level, every subdimension measured.
public enum MaturityModelDecoder {
    /// The namespace of model files.
    public static let namespace = "urn:leerpad:model:1"

    /// Decodes `root`; `file` names the source in diagnostics.
    public static func decode(_ root: XMLElementNode, file: String) throws(ContentError) -> MaturityModel {
        var problems = ProblemList(file: file)
        guard root.name == "model", root.namespace == namespace else {
            problems.add(root, "the root element must be <model xmlns=\"\(namespace)\">")
            throw .invalid(problems.diagnostics)
        }

        let levels =
            root.child(named: "levels")?.children(named: "level").map { element in
                MaturityLevel(
                    number: Int(element.attributes["number"] ?? "") ?? 0,
                    minimumScore: Double(element.attributes["minScore"] ?? "") ?? 0,
                    name: problems.localized(element, "name"),
                    description: problems.localized(element, "description"))
            } ?? []
        checkLevels(levels, root: root, problems: &problems)
        let levelNumbers = Set(levels.map(\.number))

        var dimensions: [Dimension] = []
        var subdimensions: [Subdimension] = []
        for dimensionElement in root.children(named: "dimension") {
            let dimensionID = dimensionElement.attributes["id"] ?? ""
            var subdimensionIDs: [String] = []
            for element in dimensionElement.children(named: "subdimension") {
                let id = element.attributes["id"] ?? ""
                var descriptors: [Int: LocalizedText] = [:]
                for descriptor in element.children(named: "descriptor") {
                    let level = Int(descriptor.attributes["level"] ?? "") ?? 0
                    if !levelNumbers.contains(level) {
                        problems.add(descriptor, "descriptor for level \(level), which the model does not define")
                    } else if descriptors[level] != nil {
                        problems.add(descriptor, "second descriptor for level \(level) of subdimension '\(id)'")
                    }
                    descriptors[level] = problems.localized(descriptor, "text")
                }
                for missing in levelNumbers.subtracting(descriptors.keys).sorted() {
                    problems.add(element, "subdimension '\(id)' has no descriptor for level \(missing)")
                }
                let number = Int(element.attributes["number"] ?? "") ?? 0
                if subdimensions.contains(where: { $0.number == number }) {
                    problems.add(element, "subdimension number \(number) is used twice")
                }
                subdimensionIDs.append(id)
                subdimensions.append(
                    Subdimension(
                        id: id, number: number, dimensionID: dimensionID,
                        status: ProvenanceStatus(rawValue: element.attributes["status"] ?? "") ?? .reconstructed,
                        name: problems.localized(element, "name"),
                        description: problems.localized(element, "description"),
                        source: element.child(named: "source")?.text.trimmed, descriptors: descriptors))
            }
            dimensions.append(
                Dimension(
                    id: dimensionID, code: dimensionElement.attributes["code"] ?? "",
                    status: ProvenanceStatus(rawValue: dimensionElement.attributes["status"] ?? "") ?? .reconstructed,
                    name: problems.localized(dimensionElement, "name"),
                    description: problems.localized(dimensionElement, "description"),
                    source: dimensionElement.child(named: "source")?.text.trimmed, subdimensionIDs: subdimensionIDs))
        }

        var questionnaires: [Questionnaire] = []
        for element in root.children(named: "questionnaire") {
            let statements = element.children(named: "statement").map { statement in
                Statement(
                    id: statement.attributes["id"] ?? "",
                    subdimensionID: statement.attributes["subdimension"] ?? "",
                    isReversed: ["true", "1"].contains(statement.attributes["reverse"] ?? "false"),
                    text: problems.localized(statement, "text"))
            }
            let measured = Set(statements.map(\.subdimensionID))
            for subdimension in subdimensions where !measured.contains(subdimension.id) {
                problems.add(
                    element,
                    "questionnaire '\(element.attributes["id"] ?? "")' has no statement for subdimension '\(subdimension.id)'"
                )
            }
            questionnaires.append(
                Questionnaire(
                    id: element.attributes["id"] ?? "", name: problems.localized(element, "name"),
                    statements: statements))
        }

        let title = problems.localized(root, "title")
        let provenance = problems.localized(root, "provenance")
        let spread = Double(root.child(named: "scoring")?.attributes["disagreementSpread"] ?? "") ?? 1
        guard problems.diagnostics.isEmpty else { throw .invalid(problems.diagnostics) }
        return MaturityModel(
            version: root.attributes["version"] ?? "", title: title, provenance: provenance,
            disagreementSpread: spread, levels: levels, dimensions: dimensions,
            subdimensions: subdimensions, questionnaires: questionnaires)
    }

    private static func checkLevels(_ levels: [MaturityLevel], root: XMLElementNode, problems: inout ProblemList) {
        let element = root.child(named: "levels") ?? root
        let sorted = levels.sorted { $0.number < $1.number }
        if sorted.map(\.number) != Array(1...max(1, sorted.count)) {
            problems.add(element, "levels must be numbered 1, 2, 3, … without gaps")
        }
        if sorted.first?.minimumScore != 1 {
            problems.add(element, "level 1 must start at minScore 1, so that every score has a level")
        }
        for (lower, higher) in zip(sorted, sorted.dropFirst()) where higher.minimumScore <= lower.minimumScore {
            problems.add(element, "level \(higher.number) must start at a higher minScore than level \(lower.number)")
        }
    }
}
