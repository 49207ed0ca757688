import Foundation
import Hummingbird
import TrainPlanCore
import ZIPFoundation

/// Downloads of a plan (planners): GET /api/plans/{id}/plan.zip (the SPEC plan folder),
/// GET /api/plans/{id}/workbook.xlsx, GET /api/plans/{id}/calendars.zip (in the reader's language),
/// POST /api/plans/{id}/publish, and PUT /api/plans/{id}/note (a plan's or a what-if job's note).
struct PlanController: Sendable {
    let services: WebServices
    /// The SPEC's plan folder files, in the zip's order.
    static let planFiles = ["cohorts.csv", "assignments.csv", "summary.json"]

    func addRoutes(to api: RouterGroup<WebContext>) {
        api.get("plans/:id/plan.zip", use: planZip)
        api.get("plans/:id/workbook.xlsx", use: workbook)
        api.get("plans/:id/calendars.zip", use: calendars)
        api.post("plans/:id/publish", use: publish)
        api.put("plans/:id/note", use: note)
    }

    struct NoteRequest: Decodable {
        var note: String
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
        let file = try await services.reports.folder(solve, language: context.language).appendingPathComponent("workbook.xlsx")
        guard let data = try? Data(contentsOf: file) else { throw HTTPError(.notFound, message: "this plan has no workbook") }
        return Self.download(data, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                             name: "plan-\(solve.id!).xlsx")
    }

    /// The report's calendars: one .ics per school and, under teachers/, one per trained teacher.
    @Sendable func calendars(request: Request, context: WebContext) async throws -> Response {
        let solve = try await findPlan(services, context)
        let folder = try await services.reports.folder(solve, language: context.language).appendingPathComponent("calendars")
        return Self.download(try Self.zip(folder), type: "application/zip", name: "calendars-\(solve.id!).zip")
    }

    /// A folder's files (sorted, so the same folder gives the same zip listing) under their relative paths.
    static func zip(_ folder: URL) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        let names = (FileManager.default.subpaths(atPath: folder.path) ?? []).sorted()
        for name in names where !name.hasPrefix(".") {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isFolder),
                  !isFolder.boolValue else { continue }
            try archive.addEntry(with: name, fileURL: folder.appendingPathComponent(name), compressionMethod: .deflate)
        }
        return archive.data ?? Data()
    }

    @Sendable func note(request: Request, context: WebContext) async throws -> HTTPResponse.Status {
        let job = try await findNoteHolder(services, context)
        let body: NoteRequest
        do {
            body = try await request.decode(as: NoteRequest.self, context: context)
        } catch {
            throw HTTPError(.unprocessableContent, message: #"send {"note": "…"}"#)
        }
        try await PlanNote.save(body.note, on: job, services: services, by: context.user!.name, language: context.language)
        return .noContent
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

/// A job that can carry a note: one with a plan, or a what-if job (its comparison).
func findNoteHolder(_ services: WebServices, _ context: WebContext) async throws -> SolveRecord {
    guard let id = context.parameters.get("id", as: Int64.self), let job = try await services.solves.find(id),
          job.hasPlan || job.kind == .whatif else {
        throw HTTPError(.notFound, message: "no such plan")
    }
    return job
}

/// The planner's note on a plan (or what-if job), shown on its page and beside its comparison.
enum PlanNote {
    static let longest = 2000

    static func save(_ note: String, on job: SolveRecord, services: WebServices, by userName: String, language: Language) async throws {
        let note = note.trimmingCharacters(in: .whitespacesAndNewlines)
        guard note.count <= longest else {
            throw HTTPError(.unprocessableContent, message: language.pick("备注最多 \(longest) 个字符", "a note has at most \(longest) characters"))
        }
        try await services.solves.setNote(job.id!, note: note, by: userName)
    }
}
