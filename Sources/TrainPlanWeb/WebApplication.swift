import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// Builds the `trainplan serve` application: API under /api, pages, static files under /static, /openapi.yaml.
public enum WebApplication {
    public static func build(_ configuration: WebConfiguration, bcryptCost: UInt8 = 12) async throws -> some ApplicationProtocol {
        let services = try WebServices(configuration: configuration, bcryptCost: bcryptCost)
        try await services.queue.recover()
        let router = try await buildRouter(services)
        var logger = Logger(label: "trainplan-serve")
        logger.logLevel = .info
        var app = Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "trainplan"),
            logger: logger
        )
        app.addServices(SolveQueueShutdown(queue: services.queue))
        return app
    }

    static func buildRouter(_ services: WebServices) async throws -> Router<WebContext> {
        let pages = try await PageRenderer.load()
        let router = Router(context: WebContext.self)
        router.add(middleware: SessionMiddleware(sessions: services.sessions, uploadLimit: services.configuration.maxUploadBytes))
        guard let publicFolder = Bundle.module.url(forResource: "Public", withExtension: nil) else {
            throw HTTPError(.internalServerError, message: "the static files are missing from the build")
        }
        router.add(middleware: FileMiddleware<WebContext, LocalFileSystem>(publicFolder.path, urlBasePath: "/static", searchForIndexHtml: false))
        let openAPI = try Data(contentsOf: publicFolder.appendingPathComponent("openapi.yaml"))
        router.get("openapi.yaml") { _, _ -> Response in
            var headers = HTTPFields()
            headers[.contentType] = "application/yaml; charset=utf-8"
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: openAPI)))
        }
        router.get("health") { _, _ in "ok" }

        let api = router.group("api").add(middleware: APIContentGuard())
        AuthController(services: services).addRoutes(to: api)
        let plannerAPI = api.group().add(middleware: RoleGuard(role: .planner, forPages: false))
        InstanceController(services: services).addRoutes(to: plannerAPI)
        SolveController(services: services).addRoutes(to: plannerAPI)
        PlanController(services: services).addRoutes(to: plannerAPI)
        ScenarioController(services: services).addRoutes(to: plannerAPI)
        ReplanController(services: services).addRoutes(to: plannerAPI)
        FrontierController(services: services).addRoutes(to: plannerAPI)
        UserController(services: services).addRoutes(to: plannerAPI)
        NoticeController(services: services).addRoutes(to: api.group().add(middleware: RoleGuard(role: nil, forPages: false)))

        LoginPageController(services: services, pages: pages).addRoutes(to: router)
        let plannerPages = router.group().add(middleware: RoleGuard(role: .planner, forPages: true))
        PlannerPageController(services: services, pages: pages).addRoutes(to: plannerPages)
        PlanActionsPageController(services: services, pages: pages).addRoutes(to: plannerPages)
        UserPageController(services: services, pages: pages).addRoutes(to: plannerPages)
        SchoolPageController(services: services, pages: pages)
            .addRoutes(to: router.group().add(middleware: RoleGuard(role: .school, forPages: true)))
        return router
    }
}

/// On shutdown, running solves get Ctrl-C so that each writes its best plan before the server is gone.
struct SolveQueueShutdown: Service {
    let queue: SolveQueue

    func run() async throws {
        try? await gracefulShutdown()
        await queue.interruptAll()
    }
}
