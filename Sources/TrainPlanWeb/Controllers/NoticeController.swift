import Foundation
import Hummingbird

/// School users: GET /api/notices lists the published notices of the user's school; GET /api/notices/{plan}
/// is that school's notice page of a published plan. Planners may read any school's with `?school=`.
struct NoticeController: Sendable {
    let services: WebServices

    func addRoutes(to api: RouterGroup<WebContext>) {
        api.get("notices", use: list)
        api.get("notices/:id", use: notice)
    }

    @Sendable func list(request: Request, context: WebContext) async throws -> NoticeList {
        NoticeList(notices: try await Self.published(services, for: context.user!))
    }

    @Sendable func notice(request: Request, context: WebContext) async throws -> Response {
        let user = context.user!
        guard let id = context.parameters.get("id", as: Int64.self) else { throw HTTPError(.notFound, message: "not found") }
        let school = user.role == .school ? user.school : request.uri.queryParameters.get("school")
        guard let school, UserRepository.isValidSchoolID(school) else { throw HTTPError(.notFound, message: "no such notice") }
        let published = try await services.instances.published().contains { $0.publishedSolveId == id }
        guard published || user.role == .planner else { throw HTTPError(.notFound, message: "no such notice") }
        let file = services.paths.report(id).appendingPathComponent("notices/\(school).html")
        guard let data = try? Data(contentsOf: file) else { throw HTTPError(.notFound, message: "no notice for this school") }
        return htmlResponse(data)
    }

    /// The published plans in which `user`'s school has a notice.
    static func published(_ services: WebServices, for user: UserRecord) async throws -> [NoticeView] {
        guard let school = user.school, UserRepository.isValidSchoolID(school) else { return [] }
        return try await services.instances.published().compactMap { instance in
            guard let plan = instance.publishedSolveId else { return nil }
            let file = services.paths.report(plan).appendingPathComponent("notices/\(school).html")
            guard FileManager.default.fileExists(atPath: file.path) else { return nil }
            return NoticeView(instanceId: instance.id!, instanceName: instance.name, planId: plan, url: "/api/notices/\(plan)")
        }
    }
}

func htmlResponse(_ data: Data, status: HTTPResponse.Status = .ok) -> Response {
    var headers = HTTPFields()
    headers[.contentType] = "text/html; charset=utf-8"
    return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
}
