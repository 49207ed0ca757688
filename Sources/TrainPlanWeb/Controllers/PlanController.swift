import Foundation
import Hummingbird
import ZIPFoundation

/// Downloads of a plan (planners): GET /api/plans/{id}/plan.zip (the SPEC plan folder),
/// GET /api/plans/{id}/workbook.xlsx, and POST /api/plans/{id}/publish.
struct PlanController: Sendable {
    let services: WebServices
    /// The SPEC's plan folder files, in the zip's order.
    static let planFiles = ["cohorts.csv", "assignments.csv", "summary.json"]

    func addRoutes(to api: RouterGroup<WebContext>) {
        api.get("plans/:id/plan.zip", use: planZip)
        api.get("plans/:id/workbook.xlsx", use: workbook)
        api.post("plans/:id/publish", use: publish)
    }

    @Sendable func planZip(request: Request, context: WebContext) async throws -> Response {
        let solve = try await findPlan(services, context)
        let folder = services.paths.plan(solve.id!)
        let archive = try Archive(data: Data(), accessMode: .create)
        for name in Self.planFiles {
            try archive.addEntry(with: name, fileURL: folder.appendingPathComponent(name), compressionMethod: .deflate)
        }
        return Self.download(archive.data ?? Data(), type: "application/zip", name: "plan-\(solve.id!).zip")
    }

    @Sendable func workbook(request: Request, context: WebContext) async throws -> Response {
        let solve = try await findPlan(services, context)
        let file = services.paths.report(solve.id!).appendingPathComponent("workbook.xlsx")
        guard let data = try? Data(contentsOf: file) else { throw HTTPError(.notFound, message: "this plan has no workbook") }
        return Self.download(data, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                             name: "plan-\(solve.id!).xlsx")
    }

    @Sendable func publish(request: Request, context: WebContext) async throws -> HTTPResponse.Status {
        let solve = try await findPlan(services, context)
        try await services.instances.publish(instanceId: solve.instanceId, solveId: solve.id!, by: context.user!.name)
        return .noContent
    }

    static func download(_ data: Data, type: String, name: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        headers[.contentDisposition] = "attachment; filename=\"\(name)\""
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// The solve behind a plan id, or 404 when there is no such solve or it wrote no plan.
func findPlan(_ services: WebServices, _ context: WebContext) async throws -> SolveRecord {
    guard let id = context.parameters.get("id", as: Int64.self), let solve = try await services.solves.find(id),
          solve.hasPlan else {
        throw HTTPError(.notFound, message: "no such plan")
    }
    return solve
}
