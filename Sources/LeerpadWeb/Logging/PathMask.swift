import Foundation

/// Hides the secrets a request path carries — a team's access code, a round's token — before the
/// path is logged: `/t/K7M2Q9XD/plan` becomes `/t/{code}/plan`, `/api/r/abc…/responses`
/// becomes `/api/r/{token}/responses`.
///
/// A matched route shows its pattern where a secret parameter stands and the request's own
/// segments elsewhere (`/api/rounds/12/close`). A path that matched no route (a mistyped page under a
/// real code) still has the segment masked where a route with a secret has its parameter after the
/// same leading segments.
final class PathMask: @unchecked Sendable {
    /// The route parameters that are secrets.
    static let secretParameters: Set<String> = ["code", "token"]

    private let lock = NSLock()
    /// Per secret route: the constant segments before its secret, and the secret's name.
    private var prefixes: [(leading: [Substring], name: String)] = []

    /// A mask that knows no routes yet.
    init() {}

    /// Learns `routes` (patterns such as `/t/:code/plan`), for paths that match none of them.
    func learn(routes: [String]) {
        var prefixes: [(leading: [Substring], name: String)] = []
        var seen = Set<String>()
        for route in routes {
            let segments = route.split(separator: "/", omittingEmptySubsequences: true)
            for (index, segment) in segments.enumerated() {
                guard let name = Self.parameter(segment) else { continue }
                if Self.secretParameters.contains(name) {
                    let leading = Array(segments[..<index])
                    guard leading.allSatisfy({ Self.parameter($0) == nil }) else { break }
                    if seen.insert(leading.joined(separator: "/") + "|" + name).inserted {
                        prefixes.append((leading, name))
                    }
                }
                break
            }
        }
        lock.lock()
        self.prefixes = prefixes
        lock.unlock()
    }

    /// `path` (without its query) as it may be logged; `route` is the matched route's pattern
    /// (`/t/{code}`), if any.
    func mask(_ path: String, route: String?) -> String {
        var segments = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if let route, route != "NotFound" {
            let pattern = route.split(separator: "/", omittingEmptySubsequences: false)
            guard pattern.count == segments.count else { return route }
            for (index, segment) in pattern.enumerated() {
                if let name = Self.parameter(segment), Self.secretParameters.contains(name) {
                    segments[index] = "{\(name)}"
                }
            }
            return segments.joined(separator: "/")
        }
        // Unmatched: the first empty segment is the leading "/".
        lock.lock()
        let prefixes = self.prefixes
        lock.unlock()
        for (leading, name) in prefixes where segments.count > leading.count + 1 {
            if zip(leading, segments.dropFirst()).allSatisfy({ $0 == $1 }) {
                segments[leading.count + 1] = "{\(name)}"
            }
        }
        return segments.joined(separator: "/")
    }

    /// The parameter name of a route segment (`{code}` or `:code`), or nil for a constant.
    private static func parameter(_ segment: Substring) -> String? {
        if segment.hasPrefix(":") { return String(segment.dropFirst()) }
        if segment.hasPrefix("{"), segment.hasSuffix("}") { return String(segment.dropFirst().dropLast()) }
        return nil
    }
}
