import Foundation
import Hummingbird
import TrainPlanCore

/// The planners' forms that start a re-plan or a quota frontier, or save a note. Each checks its CSRF token;
/// a refused input shows the errors page with the reason (the same checks as the API).
struct PlanActionsPageController: Sendable {
    let services: WebServices
    let pages: PageRenderer

    struct ReplanForm: Decodable, CSRFCarrying {
        var csrf: String?
        var drop: String?
        var timeLimit: Double?

        enum CodingKeys: String, CodingKey {
            case csrf, drop
            case timeLimit = "time_limit"
        }
    }

    struct FrontierForm: Decodable, CSRFCarrying {
        var csrf: String?
        var program: String
        var from: String?
        var to: String?
        var step: String?
        var timeLimit: Double?

        enum CodingKeys: String, CodingKey {
            case csrf, program, from, to, step
            case timeLimit = "time_limit"
        }
    }

    struct NoteForm: Decodable, CSRFCarrying {
        var csrf: String?
        var note: String?
    }

    func addRoutes(to group: RouterGroup<WebContext>) {
        group.post("plans/:id/replan", use: replan)
        group.post("terms/:id/frontier", use: frontier)
        group.post("plans/:id/note", use: note)
    }

    @Sendable func replan(request: Request, context: WebContext) async throws -> Response {
        let form = try await request.decodeForm(as: ReplanForm.self, context: context)
        let plan = try await findPlan(services, context)
        let dropped = (form.drop ?? "").split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" || $0.isWhitespace }).map(String.init)
        do {
            let job = try await ReplanJobs(services: services).start(plan: plan, dropped: dropped, timeLimit: form.timeLimit ?? .nan,
                                                                      by: context.user!.name, language: context.language)
            return .redirect(to: "/solves/\(job.id!)")
        } catch let error as HTTPError where error.status == .unprocessableContent {
            return pages.refusal(error, back: "/plans/\(plan.id!)", request: request, context: context)
        }
    }

    @Sendable func frontier(request: Request, context: WebContext) async throws -> Response {
        let form = try await request.decodeForm(as: FrontierForm.self, context: context)
        guard let id = context.parameters.get("id", as: Int64.self), let term = try await services.instances.find(id) else {
            throw HTTPError(.notFound, message: "no such term")
        }
        do {
            let levels = FrontierLevels(program: form.program, from: try Self.level(form.from, "from", context),
                                        to: try Self.level(form.to, "to", context), step: try Self.level(form.step, "step", context))
            let job = try await FrontierJobs(services: services).start(term: term, levels: levels, timeLimit: form.timeLimit ?? .nan,
                                                                        by: context.user!.name, language: context.language)
            return .redirect(to: "/solves/\(job.id!)")
        } catch let error as HTTPError where error.status == .unprocessableContent {
            return pages.refusal(error, back: "/terms/\(term.id!)", request: request, context: context)
        }
    }

    @Sendable func note(request: Request, context: WebContext) async throws -> Response {
        let form = try await request.decodeForm(as: NoteForm.self, context: context)
        let job = try await findNoteHolder(services, context)
        let back = job.hasPlan ? "/plans/\(job.id!)" : "/solves/\(job.id!)"
        do {
            try await PlanNote.save(form.note ?? "", on: job, services: services, by: context.user!.name, language: context.language)
            return .redirect(to: back)
        } catch let error as HTTPError where error.status == .unprocessableContent {
            return pages.refusal(error, back: back, request: request, context: context)
        }
    }

    /// An empty field is "not given"; anything else must be a whole number.
    private static func level(_ text: String?, _ name: String, _ context: WebContext) throws -> Int? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let value = Int(text) else {
            throw HTTPError(.unprocessableContent, message: context.language.pick("\(name) 应为整数，收到 \"\(text)\"", "\(name) must be a whole number, got \"\(text)\""))
        }
        return value
    }
}
