import LeerpadCore

/// Something wrong with one field of a person's input, said in either language.
public protocol InputProblem: Sendable {
    /// What is wrong and how to put it right.
    func message(in language: Language) -> String
}

/// The problems of a form's fields, in the order they were found (at most one per field).
public struct InputProblems<Field: Hashable & Sendable & RawRepresentable<String>>: Error, Sendable {
    /// One field's problem.
    public struct Entry: Sendable {
        /// The field at fault.
        public var field: Field
        /// What is wrong with it.
        public var problem: any InputProblem
    }

    /// Every problem, first found first.
    public private(set) var entries: [Entry] = []

    /// No problems yet.
    public init() {}

    /// Notes `problem` for `field`, unless the field has one already.
    public mutating func add(_ field: Field, _ problem: any InputProblem) {
        guard self[field] == nil else { return }
        entries.append(Entry(field: field, problem: problem))
    }

    /// The problem of `field`, if any.
    public subscript(field: Field) -> (any InputProblem)? {
        entries.first { $0.field == field }?.problem
    }

    /// Whether every field is fine.
    public var isEmpty: Bool { entries.isEmpty }

    /// The first problem found.
    public var first: Entry? { entries.first }
}
