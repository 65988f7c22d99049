import LeerpadCore

/// Builds the use cases from a schema-valid `usecases.xml` tree; given the model, checks that
/// every subdimension and level exists.
public enum UseCaseDecoder {
    /// The namespace of use-case files.
    public static let namespace = "urn:leerpad:usecases:1"

    /// Decodes `root`; `file` names the source in diagnostics.
    public static func decode(_ root: XMLElementNode, file: String, model: MaturityModel? = nil) throws(ContentError)
        -> [UseCase]
    {
        var problems = ProblemList(file: file)
        guard root.name == "usecases", root.namespace == namespace else {
            problems.add(root, "the root element must be <usecases xmlns=\"\(namespace)\">")
            throw .invalid(problems.diagnostics)
        }
        let useCases = root.children(named: "usecase").map { element in
            let id = element.attributes["id"] ?? ""
            let level = Int(element.attributes["level"] ?? "") ?? 0
            let exercised = element.children(named: "exercises").map { exercise in
                let subdimension = exercise.attributes["subdimension"] ?? ""
                if let model, model.subdimension(subdimension) == nil {
                    problems.add(
                        exercise, "use case '\(id)' exercises '\(subdimension)', which is no subdimension of the model")
                }
                return subdimension
            }
            if let model, !model.levels.contains(where: { $0.number == level }) {
                problems.add(element, "use case '\(id)' suits level \(level), which the model does not define")
            }
            return UseCase(
                id: id, level: level, demo: element.attributes["demo"].flatMap(Demo.init(rawValue:)),
                title: problems.localized(element, "title"), description: problems.localized(element, "description"),
                source: element.child(named: "source")?.text.trimmed, subdimensionIDs: exercised)
        }
        guard problems.diagnostics.isEmpty else { throw .invalid(problems.diagnostics) }
        return useCases
    }
}
