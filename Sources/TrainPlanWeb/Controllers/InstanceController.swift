import Foundation
import Hummingbird
import Reports

/// Terms: GET/POST /api/instances, GET /api/instances/{id}, POST /api/instances/{id}/solves, and the empty
/// instance workbook a planner fills in, GET /api/template.xlsx (planners only).
struct InstanceController: Sendable {
    let services: WebServices

    struct SolveRequest: Decodable {
        var timeLimit: Double
    }

    func addRoutes(to api: RouterGroup<WebContext>) {
        api.get("instances", use: list)
        api.post("instances", use: upload)
        api.get("instances/:id", use: show)
        api.post("instances/:id/solves", use: solve)
        api.get("template.xlsx", use: template)
    }

    /// The same workbook as `trainplan template`: every sheet with Chinese headers, notes and drop-downs.
    @Sendable func template(request: Request, context: WebContext) async throws -> Response {
        let file = services.paths.uploads.appendingPathComponent("template-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: file) }
        try TemplateWorkbook(content: .empty()).write(to: file.path)
        return PlanController.download(try Data(contentsOf: file), type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                       name: "trainplan-template.xlsx")
    }

    @Sendable func list(request: Request, context: WebContext) async throws -> InstanceList {
        let records = try await services.instances.all()
        return InstanceList(instances: records.map { InstanceView($0, summary: nil) })
    }

    @Sendable func show(request: Request, context: WebContext) async throws -> InstanceView {
        let record = try await findInstance(context)
        return InstanceView(record, summary: InstanceSummary.read(from: services.paths.instance(record.id!)))
    }

    @Sendable func upload(request: Request, context: WebContext) async throws -> Response {
        let user = context.user!
        guard let name = request.uri.queryParameters.get("name"), InstanceUpload.isValidName(name) else {
            throw HTTPError(.badRequest, message: "give the term a name: ?name=… (at most 100 characters)")
        }
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: context.maxUploadSize)
        } catch {
            throw HTTPError(.contentTooLarge, message: "the upload is larger than \(context.maxUploadSize >> 20) MB")
        }
        let data = Data(buffer.readableBytesView)
        guard let kind = InstanceSource.kind(ofUpload: data, contentType: request.headers[.contentType]) else {
            return try rejection([InstanceSource.unknownKind(ofUpload: data, language: context.language)],
                                 request: request, context: context)
        }
        do {
            let record = try await InstanceUpload(services: services)
                .add(name: name, kind: kind, body: data, by: user.name, language: context.language)
            return try EditedResponse(status: .created, response: CreatedID(id: record.id!)).response(from: request, context: context)
        } catch let rejection as UploadRejection {
            return try self.rejection(rejection.issues, request: request, context: context)
        }
    }

    private func rejection(_ issues: [UploadIssue], request: Request, context: WebContext) throws -> Response {
        try EditedResponse(status: .unprocessableContent, response: UploadErrors(errors: issues)).response(from: request, context: context)
    }

    @Sendable func solve(request: Request, context: WebContext) async throws -> EditedResponse<CreatedID> {
        let record = try await findInstance(context)
        let body = try await request.decode(as: SolveRequest.self, context: context)
        let limit = services.configuration.maxTimeLimit
        guard body.timeLimit.isFinite, body.timeLimit > 0, body.timeLimit <= limit else {
            throw HTTPError(.unprocessableContent, message: "time_limit must be in (0, \(Int(limit))] seconds")
        }
        let solve = try await services.solves.add(instanceId: record.id!, timeLimit: body.timeLimit, by: context.user!.name)
        await services.queue.enqueue(solve.id!)
        return EditedResponse(status: .accepted, response: CreatedID(id: solve.id!))
    }

    private func findInstance(_ context: WebContext) async throws -> InstanceRecord {
        guard let id = context.parameters.get("id", as: Int64.self), let record = try await services.instances.find(id) else {
            throw HTTPError(.notFound, message: "no such term")
        }
        return record
    }
}
