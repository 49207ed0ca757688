import Foundation
import Hummingbird

/// Quota frontiers through the API: POST /api/instances/{id}/frontiers (programme and levels),
/// GET /api/frontiers/{id}/frontier.html (charts, table, what binds at each level) and frontier.csv.
struct FrontierController: Sendable {
    let services: WebServices

    struct FrontierRequest: Decodable {
        var program: String
        var from: Int?
        var to: Int?
        var step: Int?
        var timeLimit: Double
    }

    func addRoutes(to api: RouterGroup<WebContext>) {
        api.post("instances/:id/frontiers", use: create)
        api.get("frontiers/:id/frontier.html", use: page)
        api.get("frontiers/:id/frontier.csv", use: table)
    }

    @Sendable func create(request: Request, context: WebContext) async throws -> EditedResponse<CreatedID> {
        guard let id = context.parameters.get("id", as: Int64.self), let term = try await services.instances.find(id) else {
            throw HTTPError(.notFound, message: "no such term")
        }
        let body: FrontierRequest
        do {
            body = try await request.decode(as: FrontierRequest.self, context: context)
        } catch {
            throw HTTPError(.unprocessableContent, message: #"send {"program": "GP01", "from": 4, "to": 20, "step": 4, "time_limit": 30}"#)
        }
        let job = try await FrontierJobs(services: services).start(
            term: term, levels: FrontierLevels(program: body.program, from: body.from, to: body.to, step: body.step),
            timeLimit: body.timeLimit, by: context.user!.name, language: context.language)
        return EditedResponse(status: .accepted, response: CreatedID(id: job.id!))
    }

    @Sendable func page(request: Request, context: WebContext) async throws -> Response {
        htmlResponse(try await file(context, "html"))
    }

    @Sendable func table(request: Request, context: WebContext) async throws -> Response {
        let id = context.parameters.get("id", as: Int64.self) ?? 0
        return PlanController.download(try await file(context, "csv"), type: "text/csv; charset=utf-8", name: "frontier-\(id).csv")
    }

    private func file(_ context: WebContext, _ kind: String) async throws -> Data {
        guard let id = context.parameters.get("id", as: Int64.self), let job = try await services.solves.find(id), job.kind == .frontier,
              let data = try? Data(contentsOf: services.paths.frontierFile(id, kind, language: context.language))
                ?? Data(contentsOf: services.paths.frontierFile(id, kind, language: .zh)) else {
            throw HTTPError(.notFound, message: "no such frontier")
        }
        return data
    }
}
