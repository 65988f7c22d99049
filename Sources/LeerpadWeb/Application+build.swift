import Foundation
import Hummingbird
import HummingbirdCore
import LeerpadContent
import LeerpadCore
import LeerpadStore

/// Builds the web app on `configuration`'s host and port.
///
/// `contentDirectory` (with `schema/catalogue.xsd`) enables catalogue uploads.
public func buildApplication(
    configuration: WebConfiguration, content: ContentBundle, store: some ProgressStore,
    contentDirectory: ContentDirectory? = nil, time: TimeSource = .system, random: RandomSource = .system()
) -> some ApplicationProtocol {
    let router = buildRouter(
        configuration: configuration, content: content, store: store, contentDirectory: contentDirectory, time: time,
        random: random)
    let log = WebLog(logger: configuration.logger)
    let idle = configuration.idleTimeout
    let read = configuration.requestReadTimeout
    return Application(
        router: router,
        server: HTTPServerBuilder { responder in
            LeerpadHTTP1Channel(
                responder: responder, idleTimeout: idle, requestReadTimeout: read,
                cutOff: { log.notice("request-read-timeout", ["after_s": .stringConvertible(read.seconds)]) })
        },
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Leerpad"),
        logger: configuration.logger)
}

/// The router with every page, the JSON API and the middleware (language, CSRF, sessions, errors).
///
/// `time` and `random` are the clock and random source of everything the app does (stamps,
/// sessions, tokens); tests pin them to render pages reproducibly.
public func buildRouter(
    configuration: WebConfiguration, content: ContentBundle, store: some ProgressStore,
    contentDirectory: ContentDirectory? = nil, time: TimeSource = .system, random: RandomSource = .system()
) -> Router<WebRequestContext> {
    let services = WebServices(
        configuration: configuration, content: content, store: store, contentDirectory: contentDirectory, time: time,
        random: random)
    // HEAD is answered wherever GET is: the GET route's headers without its body.
    let router = Router(context: WebRequestContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: AccessLogMiddleware(log: services.log, paths: services.paths))
    router.add(middleware: RequestSetupMiddleware(services: services))
    router.add(middleware: ErrorPageMiddleware(log: services.log, paths: services.paths))
    router.add(middleware: MethodNotAllowedMiddleware(allowed: services.allowed))
    PageRoutes(services: services).register(on: router)
    TeamPageRoutes(services: services).register(on: router)
    QuestionnaireRoutes(services: services).register(on: router)
    CoordinatorRoutes(services: services).register(on: router)
    APIRoutes(services: services).register(on: router)
    DemoRoutes(services: services).register(on: router)
    StandardsRoutes(services: services).register(on: router)
    services.paths.learn(routes: router.routes.map(\.path.description))
    services.allowed.learn(router)
    return router
}
