import Foundation
import Hummingbird
import TrainPlanCore

/// Reads the session cookie into `context.user` and the language cookie (or `?lang=`) into `context.language`.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = WebContext
    static let cookieName = "trainplan_session"
    static let languageCookie = "trainplan_lang"

    let sessions: SessionRepository
    let uploadLimit: Int

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var context = context
        context.uploadLimit = uploadLimit
        if let token = request.cookies[Self.cookieName]?.value, !token.isEmpty, token.count < 200 {
            context.user = try await sessions.user(token: token)
            if context.user != nil { context.sessionToken = token }
        }
        let asked = request.uri.queryParameters.get("lang").flatMap(Language.init(rawValue:))
        context.language = asked ?? request.cookies[Self.languageCookie].flatMap { Language(rawValue: $0.value) } ?? .zh
        var response = try await next(request, context)
        if let asked {
            response.setCookie(Cookie(name: Self.languageCookie, value: asked.rawValue, maxAge: 365 * 86400, path: "/",
                                      httpOnly: false, sameSite: .lax))
        }
        return response
    }
}
