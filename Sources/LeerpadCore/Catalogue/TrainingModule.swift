/// A training module of the catalogue: what is learnt, for whom, at what cost, and its runs.
public struct TrainingModule: Hashable, Sendable, Identifiable {
    /// The stable identifier, unique in the catalogue.
    public var id: String
    /// The id of the provider that offers it.
    public var providerID: String
    /// The title.
    public var title: LocalizedText
    /// What participants do and learn.
    public var description: LocalizedText
    /// The subdimensions it raises and to which level.
    public var raises: [LevelTarget]
    /// Ids of modules to complete first.
    public var prerequisites: [String]
    /// How it is delivered.
    public var format: ModuleFormat
    /// The language of instruction.
    public var language: Language
    /// Study hours per participant.
    public var hoursPerPerson: Double
    /// The price per participant.
    public var costPerPerson: Euros
    /// The largest group one run takes.
    public var maxGroupSize: Int
    /// Competency tags.
    public var competencies: [Competency]
    /// Scheduled runs; none for a self-paced e-learning.
    public var runs: [CourseRun]
    /// A web page about the module, if any.
    public var url: String?

    /// Creates a module.
    public init(
        id: String, providerID: String, title: LocalizedText, description: LocalizedText, raises: [LevelTarget],
        prerequisites: [String] = [], format: ModuleFormat, language: Language = .dutch, hoursPerPerson: Double,
        costPerPerson: Euros, maxGroupSize: Int, competencies: [Competency] = [], runs: [CourseRun] = [],
        url: String? = nil
    ) {
        self.id = id
        self.providerID = providerID
        self.title = title
        self.description = description
        self.raises = raises
        self.prerequisites = prerequisites
        self.format = format
        self.language = language
        self.hoursPerPerson = hoursPerPerson
        self.costPerPerson = costPerPerson
        self.maxGroupSize = maxGroupSize
        self.competencies = competencies
        self.runs = runs
        self.url = url
    }

    /// Whether participants can start at any time without a scheduled run.
    public var isSelfPaced: Bool { runs.isEmpty && format == .eLearning }
}
