/// A kind of CPU-heavy work the web app runs on its own threads, each with its own limits, so
/// that a queue of one kind never delays another (sign-ins do not wait behind route solves).
public enum WorkLane: String, Sendable, CaseIterable {
    /// The route and forecast demos: seconds of solver work per request.
    case demo
    /// bcrypt: hashing and checking coordinators' passwords (a quarter of a second each at cost 12).
    case password
    /// Checking an uploaded catalogue against its schema and the model.
    case upload
}
