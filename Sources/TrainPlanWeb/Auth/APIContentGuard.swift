import Hummingbird

/// Refuses API writes whose body a cross-site HTML form could send (urlencoded, multipart, text/plain): such a
/// request could carry the session cookie without the user's intent. JSON and file bodies need a CORS preflight,
/// which this server never grants, so they can only come from its own pages or from tools.
struct APIContentGuard: RouterMiddleware {
    typealias Context = WebContext

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        if request.method != .get && request.method != .head {
            let type = request.headers[.contentType]?.lowercased() ?? ""
            if type.hasPrefix("application/x-www-form-urlencoded") || type.hasPrefix("multipart/form-data")
                || type.hasPrefix("text/plain") {
                throw HTTPError(.unsupportedMediaType, message: "send JSON (or the file itself for uploads)")
            }
        }
        return try await next(request, context)
    }
}
