import Foundation
import Hummingbird

/// POST /api/login, POST /api/logout, GET /api/me.
struct AuthController: Sendable {
    let services: WebServices

    struct LoginRequest: Decodable {
        var username: String
        var password: String
    }

    func addRoutes(to api: RouterGroup<WebContext>) {
        api.post("login", use: login)
        api.post("logout", use: logout)
        api.get("me") { _, context -> UserView in
            guard let user = context.user else { throw HTTPError(.unauthorized, message: "login required") }
            return UserView(user)
        }
    }

    @Sendable func login(request: Request, context: WebContext) async throws -> Response {
        let body = try await request.decode(as: LoginRequest.self, context: context)
        let user = try await LoginService(services: services).logIn(name: body.username, password: body.password)
        var response = try UserView(user.user).response(from: request, context: context)
        response.setCookie(LoginService.cookie(user.token, seconds: services.configuration.sessionSeconds))
        return response
    }

    @Sendable func logout(request: Request, context: WebContext) async throws -> HTTPResponse.Status {
        if let token = context.sessionToken { try await services.sessions.close(token: token) }
        return .noContent
    }
}

/// Logging in, shared by the API and the login form: rate limit, bcrypt check, session, audit.
struct LoginService: Sendable {
    let services: WebServices

    func logIn(name: String, password: String) async throws -> (user: UserRecord, token: String) {
        guard name.count <= 64, password.count <= 200 else { throw HTTPError(.unauthorized, message: "wrong user name or password") }
        if await services.throttle.isBlocked(name) {
            throw HTTPError(.tooManyRequests, message: "too many failed logins: wait a few minutes")
        }
        guard let user = try await services.users.authenticate(name: name, password: password) else {
            await services.throttle.recordFailure(name)
            try await services.audit.record(name, "login-failed", "")
            throw HTTPError(.unauthorized, message: "wrong user name or password")
        }
        await services.throttle.reset(name)
        let token = try await services.sessions.open(userId: user.id!, seconds: services.configuration.sessionSeconds)
        try await services.audit.record(user.name, "login", user.role.rawValue)
        return (user, token)
    }

    static func cookie(_ token: String, seconds: Int) -> Cookie {
        Cookie(name: SessionMiddleware.cookieName, value: token, maxAge: seconds, path: "/", httpOnly: true, sameSite: .lax)
    }
}
