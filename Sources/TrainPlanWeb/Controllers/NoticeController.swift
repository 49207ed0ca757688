import Foundation
import Hummingbird

/// School users: GET /api/notices lists the published notices of the user's school; GET /api/notices/{plan}
/// is that school's notice page of a published plan; GET /api/notices/{plan}/changes is what a published
/// re-plan changed for that school (本校变动). Planners may read any school's with `?school=`.
struct NoticeController: Sendable {
    let services: WebServices

    func addRoutes(to api: RouterGroup<WebContext>) {
        api.get("notices", use: list)
        api.get("notices/:id", use: notice)
        api.get("notices/:id/changes", use: changes)
    }

    @Sendable func changes(request: Request, context: WebContext) async throws -> ChangeList {
        let (plan, school) = try await publishedPlan(request, context)
        guard plan.kind == .replan else { return ChangeList(changes: []) }
        return try await ReplanChanges.of(plan, services: services).forSchool(school).view
    }

    /// The plan and the school a notice request is about: a school user's own school, a planner's `?school=`.
    private func publishedPlan(_ request: Request, _ context: WebContext) async throws -> (SolveRecord, String) {
        let user = context.user!
        let school = user.role == .school ? user.school : request.uri.queryParameters.get("school")
        guard let id = context.parameters.get("id", as: Int64.self), let school, UserRepository.isValidSchoolID(school),
              let plan = try await services.solves.find(id), plan.hasPlan else { throw HTTPError(.notFound, message: "no such notice") }
        let published = try await services.instances.published().contains { $0.publishedSolveId == id }
        guard published || user.role == .planner else { throw HTTPError(.notFound, message: "no such notice") }
        return (plan, school)
    }

    @Sendable func list(request: Request, context: WebContext) async throws -> NoticeList {
        NoticeList(notices: try await Self.published(services, for: context.user!))
    }

    @Sendable func notice(request: Request, context: WebContext) async throws -> Response {
        let (plan, school) = try await publishedPlan(request, context)
        let file = try await services.reports.folder(plan, language: context.language).appendingPathComponent("notices/\(school).html")
        guard let data = try? Data(contentsOf: file) else { throw HTTPError(.notFound, message: "no notice for this school") }
        return htmlResponse(data)
    }

    /// The published plans in which `user`'s school has a notice, or which re-plan an earlier version.
    static func published(_ services: WebServices, for user: UserRecord) async throws -> [NoticeView] {
        guard let school = user.school, UserRepository.isValidSchoolID(school) else { return [] }
        var notices: [NoticeView] = []
        for instance in try await services.instances.published() {
            guard let id = instance.publishedSolveId, let plan = try await services.solves.find(id),
                  let folder = try? await services.reports.folder(plan, language: .zh) else { continue }
            let hasNotice = FileManager.default.fileExists(atPath: folder.appendingPathComponent("notices/\(school).html").path)
            // A re-plan can take a school's last seat away: the school still hears of it (本校变动), without a notice.
            guard hasNotice || plan.kind == .replan else { continue }
            notices.append(NoticeView(instanceId: instance.id!, instanceName: instance.name, planId: id,
                                      url: hasNotice ? "/api/notices/\(id)" : nil,
                                      changesUrl: plan.kind == .replan ? "/api/notices/\(id)/changes" : nil))
        }
        return notices
    }
}

func htmlResponse(_ data: Data, status: HTTPResponse.Status = .ok) -> Response {
    var headers = HTTPFields()
    headers[.contentType] = "text/html; charset=utf-8"
    return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
}
