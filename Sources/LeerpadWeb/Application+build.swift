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
    contentDirectory: ContentDirectory? = nil
) -> some ApplicationProtocol {
    let router = buildRouter(
        configuration: configuration, content: content, store: store, contentDirectory: contentDirectory)
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "Leerpad"))
}

/// The router with every page, the JSON API and the middleware (language, CSRF, sessions, errors).
public func buildRouter(
    configuration: WebConfiguration, content: ContentBundle, store: some ProgressStore,
    contentDirectory: ContentDirectory? = nil
) -> Router<WebRequestContext> {
    let services = WebServices(
        configuration: configuration, content: content, store: store, contentDirectory: contentDirectory)
    let router = Router(context: WebRequestContext.self)
    router.add(middleware: RequestSetupMiddleware(services: services))
    router.add(middleware: ErrorPageMiddleware())
    PageRoutes(services: services).register(on: router)
    TeamPageRoutes(services: services).register(on: router)
    QuestionnaireRoutes(services: services).register(on: router)
    CoordinatorRoutes(services: services).register(on: router)
    APIRoutes(services: services).register(on: router)
    DemoRoutes(services: services).register(on: router)
    return router
}
