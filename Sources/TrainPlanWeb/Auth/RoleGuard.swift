import Foundation
import Hummingbird

/// Lets a request through only with a session (else 401) and, when `role` is set, that role (else 403).
/// API routes answer in JSON; page routes send a browser without a session to the login page.
struct RoleGuard: RouterMiddleware {
    typealias Context = WebContext
    let role: UserRole?
    let forPages: Bool

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        guard let user = context.user else {
            if forPages { return .redirect(to: "/login", type: .found) }
            throw HTTPError(.unauthorized, message: "login required")
        }
        if let role, user.role != role {
            throw HTTPError(.forbidden, message: "this needs the \(role.rawValue) role")
        }
        return try await next(request, context)
    }
}
