/// An xAPI 1.0.3 statement (IEEE 9274.1.1), as much of it as Leerpad writes.
public struct XAPIStatement: Encodable, Hashable, Sendable {
    /// An account that identifies the team.
    public struct Account: Encodable, Hashable, Sendable {
        public var homePage: String
        public var name: String
    }

    /// The team as an identified Group.
    public struct Actor: Encodable, Hashable, Sendable {
        public var objectType = "Group"
        public var name: String
        public var account: Account
    }

    /// A verb: an IRI and its display in Dutch and English.
    public struct Verb: Encodable, Hashable, Sendable {
        public var id: String
        public var display: [String: String]
    }

    /// What the statement is about: an activity, or a statement it voids.
    public struct Object: Encodable, Hashable, Sendable {
        public struct Definition: Encodable, Hashable, Sendable {
            public var name: [String: String]
            public var type: String
        }

        public var objectType: String
        public var id: String
        public var definition: Definition?
    }

    /// A result: completion and a scaled score.
    public struct Result: Encodable, Hashable, Sendable {
        public struct Score: Encodable, Hashable, Sendable {
            public var scaled: Double
        }

        public var completion: Bool?
        public var score: Score?
    }

    /// Where the statement comes from.
    public struct Context: Encodable, Hashable, Sendable {
        public var platform: String
        public var language: String
        public var extensions: [String: Int64]
    }

    public var id: String
    public var actor: Actor
    public var verb: Verb
    public var object: Object
    public var result: Result?
    public var context: Context
    public var timestamp: String
    public var version = "1.0.3"
}
