import Foundation
import Hummingbird

/// What-if (情景) jobs through the API: POST /api/instances/{id}/scenarios (a scenario file's text, or the form's
/// fields) and GET /api/scenarios/{id}/comparison.html (the side-by-side comparison with the base).
struct ScenarioController: Sendable {
    let services: WebServices

    struct ScenarioRequest: Decodable, ScenarioFields {
        var title: String?
        var timeLimit: Double
        /// A scenario file (docs/scenarios.md); when absent, `draft` fields build one.
        var scenario: String?
        var program: String?
        var quotaMin: String?
        var quotaMax: String?
        var closeSite: String?
        var blockDates: String?
        var leave: String?
        var window: String?
        /// `["teaching", "weekend"]`: the programme's allowed day types.
        var dayTypes: [String]?
        /// `{"km": "2"}`: weights by their instance.toml name.
        var weights: [String: String]?

        var chosenDayTypes: [String] { dayTypes ?? [] }
        var chosenWeights: [String: String] { weights ?? [:] }
    }

    func addRoutes(to api: RouterGroup<WebContext>) {
        api.post("instances/:id/scenarios", use: create)
        api.get("scenarios/:id/comparison.html", use: comparison)
    }

    @Sendable func create(request: Request, context: WebContext) async throws -> Response {
        guard let id = context.parameters.get("id", as: Int64.self), let instance = try await services.instances.find(id) else {
            throw HTTPError(.notFound, message: "no such term")
        }
        let body = try await request.decode(as: ScenarioRequest.self, context: context)
        let limit = services.configuration.maxTimeLimit
        guard body.timeLimit.isFinite, body.timeLimit > 0, body.timeLimit <= limit else {
            throw HTTPError(.unprocessableContent, message: "time_limit must be in (0, \(Int(limit))] seconds")
        }
        let draft = body.draft
        let text = body.scenario ?? draft.toml
        guard text.utf8.count <= 256 << 10 else { throw HTTPError(.contentTooLarge, message: "the scenario is too long") }
        do {
            if body.scenario == nil { try draft.checkProgramme(context.language) }
            let job = try await ScenarioJobs(services: services)
                .start(instance: instance, scenario: text, title: draft.title, timeLimit: body.timeLimit,
                       by: context.user!.name, language: context.language)
            return try EditedResponse(status: .accepted, response: CreatedID(id: job.id!)).response(from: request, context: context)
        } catch let rejection as UploadRejection {
            return try EditedResponse(status: .unprocessableContent, response: UploadErrors(errors: rejection.issues))
                .response(from: request, context: context)
        }
    }

    @Sendable func comparison(request: Request, context: WebContext) async throws -> Response {
        guard let id = context.parameters.get("id", as: Int64.self), let job = try await services.solves.find(id), job.kind == .whatif,
              let data = try? Data(contentsOf: services.paths.comparison(id, language: context.language))
                ?? Data(contentsOf: services.paths.comparison(id)) else {
            throw HTTPError(.notFound, message: "no such comparison")
        }
        return htmlResponse(data)
    }
}
