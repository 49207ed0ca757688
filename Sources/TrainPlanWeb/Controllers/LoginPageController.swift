import Foundation
import Hummingbird

/// GET/POST /login, POST /logout and GET /, which sends each role to its start page.
struct LoginPageController: Sendable {
    let services: WebServices
    let pages: PageRenderer

    struct LoginForm: Decodable, CSRFCarrying {
        var csrf: String?
        var username: String
        var password: String
    }

    func addRoutes(to router: Router<WebContext>) {
        router.get("/") { _, context -> Response in
            guard let user = context.user else { return .redirect(to: "/login") }
            return .redirect(to: user.role == .planner ? "/terms" : "/school")
        }
        router.get("login") { request, context in
            pages.render("login", title: PageText.table(context.language)["login"]!, values: [:], request: request, context: context)
        }
        router.post("login", use: login)
        router.post("logout") { request, context -> Response in
            _ = try await request.decodeForm(as: PlainForm.self, context: context)
            if let token = context.sessionToken { try await services.sessions.close(token: token) }
            var response = Response.redirect(to: "/login")
            response.setCookie(Cookie(name: SessionMiddleware.cookieName, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .lax))
            return response
        }
    }

    @Sendable func login(request: Request, context: WebContext) async throws -> Response {
        let form = try await request.decodeForm(as: LoginForm.self, context: context)
        let text = PageText.table(context.language)
        do {
            let login = try await LoginService(services: services).logIn(name: form.username, password: form.password)
            var response = Response.redirect(to: login.user.role == .planner ? "/terms" : "/school")
            response.setCookie(LoginService.cookie(login.token, seconds: services.configuration.sessionSeconds))
            return response
        } catch let error as HTTPError where error.status == .unauthorized || error.status == .tooManyRequests {
            let message = error.status == .tooManyRequests ? text["loginBlocked"]! : text["loginFailed"]!
            return pages.render("login", title: text["login"]!, values: ["error": message, "username": form.username],
                                request: request, context: context, status: error.status)
        }
    }
}
