import LeerpadCore

/// Builds a ``Catalogue`` from a schema-valid `catalogue.xml` tree and checks what the schema
/// cannot: run dates in order, prerequisites without cycles, and — given the model — that
/// every raised subdimension and level exists.
public enum CatalogueDecoder {
    /// The namespace of native catalogue files.
    public static let namespace = "urn:leerpad:catalogue:1"

    /// Decodes `root`; `file` names the source in diagnostics.
    public static func decode(
        _ root: XMLElementNode, file: String, model: MaturityModel? = nil
    ) throws(ContentError) -> Catalogue {
        var problems = ProblemList(file: file)
        guard root.name == "catalogue", root.namespace == namespace else {
            problems.add(root, "the root element must be <catalogue xmlns=\"\(namespace)\">")
            throw .invalid(problems.diagnostics)
        }
        var providers: [Provider] = []
        var modules: [TrainingModule] = []
        var elements: [String: XMLElementNode] = [:]
        for providerElement in root.children(named: "provider") {
            let providerID = providerElement.attributes["id"] ?? ""
            providers.append(
                Provider(
                    id: providerID, name: providerElement.child(named: "name")?.text.trimmed ?? "",
                    url: providerElement.attributes["url"],
                    isFictional: ["true", "1"].contains(providerElement.attributes["fictional"] ?? "false")))
            for element in providerElement.children(named: "module") {
                let module = decodeModule(element, providerID: providerID, model: model, problems: &problems)
                elements[module.id] = element
                modules.append(module)
            }
        }
        let catalogue = Catalogue(
            generated: root.attributes["generated"] ?? "", providers: providers, modules: modules)
        let links = Dictionary(modules.map { ($0.id, $0.prerequisites) }, uniquingKeysWith: { first, _ in first })
        for cycle in PrerequisiteCycles.find(in: links) {
            if let element = elements[cycle[0]] {
                problems.add(element, "prerequisites form a cycle: \(cycle.joined(separator: " → "))")
            }
        }
        guard problems.diagnostics.isEmpty else { throw .invalid(problems.diagnostics) }
        return catalogue
    }

    private static func decodeModule(
        _ element: XMLElementNode, providerID: String, model: MaturityModel?, problems: inout ProblemList
    ) -> TrainingModule {
        let id = element.attributes["id"] ?? ""
        let raises = element.children(named: "raises").map { raise in
            let target = LevelTarget(
                subdimensionID: raise.attributes["subdimension"] ?? "",
                level: Int(raise.attributes["toLevel"] ?? "") ?? 0)
            if let model {
                if model.subdimension(target.subdimensionID) == nil {
                    problems.add(
                        raise, "module '\(id)' raises '\(target.subdimensionID)', which is no subdimension of the model"
                    )
                }
                if !model.levels.contains(where: { $0.number == target.level }) {
                    problems.add(
                        raise, "module '\(id)' brings a team to level \(target.level), which the model does not define")
                }
            }
            return target
        }
        let runs = element.children(named: "run").map { run in
            let start = CalendarDate(iso8601: run.attributes["start"] ?? "") ?? CalendarDate(daysSinceEpoch: 0)
            let end = CalendarDate(iso8601: run.attributes["end"] ?? "") ?? start
            if end < start {
                problems.add(run, "run '\(run.attributes["id"] ?? "")' ends (\(end)) before it starts (\(start))")
            }
            return CourseRun(
                id: run.attributes["id"] ?? "", start: start, end: end, location: run.attributes["location"] ?? "",
                isOnline: ["true", "1"].contains(run.attributes["online"] ?? "false"),
                placesLeft: Int(run.attributes["places"] ?? "") ?? 0)
        }
        return TrainingModule(
            id: id, providerID: providerID, title: problems.localized(element, "title"),
            description: problems.localized(element, "description"), raises: raises,
            prerequisites: element.children(named: "prerequisite").compactMap { $0.attributes["module"] },
            format: ModuleFormat(rawValue: element.attributes["format"] ?? "") ?? .classroom,
            language: Language(rawValue: element.attributes["language"] ?? "") ?? .dutch,
            hoursPerPerson: Double(element.attributes["hoursPerPerson"] ?? "") ?? 0,
            costPerPerson: Euros(decimal: element.attributes["costPerPerson"] ?? "") ?? .zero,
            maxGroupSize: Int(element.attributes["maxGroupSize"] ?? "") ?? 1,
            competencies: element.children(named: "competency").map {
                Competency(
                    framework: $0.attributes["framework"] ?? "", code: $0.attributes["code"] ?? "",
                    uri: $0.attributes["uri"])
            },
            runs: runs, url: element.attributes["url"])
    }
}
