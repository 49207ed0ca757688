import Foundation
import Hummingbird

/// Re-plans (换人参训) through the API: GET /api/plans/{id}/participants?q= (search the plan's teachers),
/// POST /api/plans/{id}/replans (start one), GET /api/replans/{id}/changes (what it changed).
struct ReplanController: Sendable {
    let services: WebServices

    struct ReplanRequest: Decodable {
        var drop: [String]
        var timeLimit: Double
    }

    func addRoutes(to api: RouterGroup<WebContext>) {
        api.get("plans/:id/participants", use: participants)
        api.post("plans/:id/replans", use: create)
        api.get("replans/:id/changes", use: changes)
    }

    @Sendable func participants(request: Request, context: WebContext) async throws -> PlanParticipants {
        let plan = try await findPlan(services, context)
        let query = String((request.uri.queryParameters.get("q") ?? "").prefix(64))
        return PlanParticipants(plan: try await services.terms.plan(plan).plan,
                                instance: try await services.terms.instance(plan.instanceId), query: query)
    }

    @Sendable func create(request: Request, context: WebContext) async throws -> EditedResponse<CreatedID> {
        let plan = try await findPlan(services, context)
        let body: ReplanRequest
        do {
            body = try await request.decode(as: ReplanRequest.self, context: context)
        } catch {
            throw HTTPError(.unprocessableContent, message: #"send {"drop": ["T0041", ...], "time_limit": 60}"#)
        }
        let job = try await ReplanJobs(services: services)
            .start(plan: plan, dropped: body.drop, timeLimit: body.timeLimit, by: context.user!.name, language: context.language)
        return EditedResponse(status: .accepted, response: CreatedID(id: job.id!))
    }

    @Sendable func changes(request: Request, context: WebContext) async throws -> ChangeList {
        guard let id = context.parameters.get("id", as: Int64.self), let job = try await services.solves.find(id) else {
            throw HTTPError(.notFound, message: "no such re-plan")
        }
        return try await ReplanChanges.of(job, services: services).view
    }
}
