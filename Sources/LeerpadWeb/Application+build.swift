import Foundation
import Hummingbird
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
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Leerpad"))
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
    let router = Router(context: WebRequestContext.self)
    router.add(middleware: RequestSetupMiddleware(services: services))
    router.add(middleware: ErrorPageMiddleware())
    PageRoutes(services: services).register(on: router)
    TeamPageRoutes(services: services).register(on: router)
    QuestionnaireRoutes(services: services).register(on: router)
    CoordinatorRoutes(services: services).register(on: router)
    APIRoutes(services: services).register(on: router)
    DemoRoutes(services: services).register(on: router)
    StandardsRoutes(services: services).register(on: router)
    return router
}
