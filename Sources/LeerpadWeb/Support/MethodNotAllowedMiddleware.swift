import Foundation
import HTTPTypes
import Hummingbird
import LeerpadCore

/// Turns the router's 404 for a path it knows under other methods into `405 Method Not Allowed`
/// with the `Allow` header (`DELETE /t/{code}` → `Allow: GET, HEAD`).
struct MethodNotAllowedMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext
    let allowed: AllowedMethods

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound && context.endpointPath == "NotFound" {
            guard let allow = await allowed.allow(for: request, context: context),
                !allow.split(separator: ",").contains(where: {
                    $0.trimmingCharacters(in: .whitespaces) == request.method.rawValue
                })
            else { throw error }
            throw WebError(.methodNotAllowed, context.language.message(.methodNotAllowed), headers: [.allow: allow])
        }
    }
}
