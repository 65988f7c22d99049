import LeerpadCore

/// A catalogue module as JSON: format, hours and cost per person, the level it brings each
/// subdimension to, its prerequisites and how many runs it has.
public struct ModuleView: Encodable, Sendable {
    /// The module's id.
    public var id: String
    /// Its title in the chosen language.
    public var title: String
    /// Its format (`e-learning`, `classroom`, `workshop`, `coaching`).
    public var format: String
    /// Study hours per person.
    public var hoursPerPerson: Double
    /// Euros per person.
    public var costPerPerson: Double
    /// Per subdimension it raises, the level it brings a team to.
    public var raises: [String: Int]
    /// The ids of the modules to complete first.
    public var prerequisites: [String]
    /// How many runs it has.
    public var runs: Int

    /// The view of `module` in `language`.
    public init(_ module: TrainingModule, language: Language) {
        id = module.id
        title = module.title[language]
        format = module.format.rawValue
        hoursPerPerson = module.hoursPerPerson
        costPerPerson = module.costPerPerson.amount
        raises = Dictionary(module.raises.map { ($0.subdimensionID, $0.level) }, uniquingKeysWith: max)
        prerequisites = module.prerequisites
        runs = module.runs.count
    }
}
