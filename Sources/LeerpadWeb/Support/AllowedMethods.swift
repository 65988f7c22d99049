import HTTPTypes
import Hummingbird

/// The methods each route path answers, for `405 Method Not Allowed` and its `Allow` header.
///
/// It asks a second router holding every path of the app's router, so a request path is matched
/// exactly as the app's router matches it (constants before parameters, `{code}` and the like).
/// `HEAD` is allowed wherever `GET` is, as the router answers it for every `GET` route.
final class AllowedMethods: @unchecked Sendable {
    private var responder: RouterResponder<WebRequestContext>?

    /// Learns the routes of `router`; call once, after every route is registered.
    func learn(_ router: Router<WebRequestContext>) {
        var methods: [String: (path: RouterPath, methods: Set<String>)] = [:]
        for route in router.routes {
            methods[route.path.description, default: (route.path, [])].methods.insert(route.method.rawValue)
        }
        let lookup = Router(context: WebRequestContext.self)
        for (_, entry) in methods {
            var names = entry.methods
            if names.contains("GET") { names.insert("HEAD") }
            let allow = names.sorted().joined(separator: ", ")
            lookup.get(entry.path) { _, _ in
                Response(status: .ok, headers: [.allow: allow])
            }
        }
        responder = lookup.buildResponder()
    }

    /// The `Allow` value of the route matching `request`'s path (`GET, HEAD, POST`), or nil when no
    /// route has that path.
    func allow(for request: Request, context: WebRequestContext) async -> String? {
        guard let responder else { return nil }
        var head = request.head
        head.method = .get
        let probe = Request(head: head, body: .init(buffer: ByteBuffer()))
        guard let response = try? await responder.respond(to: probe, context: context), response.status == .ok else {
            return nil
        }
        return response.headers[.allow]
    }
}
