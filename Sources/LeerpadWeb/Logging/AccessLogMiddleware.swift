import Hummingbird
import NIOHTTP1

/// Writes one access-log line per request (``WebLog/access(method:path:status:duration:)``):
/// method, masked path, status and how long the app took, from the request's arrival at the
/// router to its response (without writing the response out).
struct AccessLogMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext
    let log: WebLog
    let paths: PathMask

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let started = ContinuousClock.now
        do {
            let response = try await next(request, context)
            write(request, context, status: Int(response.status.code), since: started)
            return response
        } catch {
            // A request broken off mid-way (HTTPParserError) is answered 400 by Hummingbird.
            let status =
                (error as? any HTTPResponseError).map { Int($0.status.code) } ?? (error is HTTPParserError ? 400 : 500)
            write(request, context, status: status, since: started)
            throw error
        }
    }

    private func write(_ request: Request, _ context: Context, status: Int, since started: ContinuousClock.Instant) {
        guard log.logger.logLevel <= .info else { return }
        log.access(
            method: request.method.rawValue, path: paths.mask(request.uri.path, route: context.endpointPath),
            status: status, duration: ContinuousClock.now - started)
    }
}
