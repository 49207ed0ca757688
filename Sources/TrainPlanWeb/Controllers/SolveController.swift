import Foundation
import Hummingbird
import TrainPlanCore

/// GET /api/solves/{id}, GET /api/solves/{id}/events (Server-Sent Events), DELETE /api/solves/{id} (stop).
struct SolveController: Sendable {
    let services: WebServices
    /// How often the event stream looks for news.
    static let eventInterval: Duration = .milliseconds(500)

    func addRoutes(to api: RouterGroup<WebContext>) {
        api.get("solves/:id", use: show)
        api.get("solves/:id/events", use: events)
        api.delete("solves/:id", use: stop)
    }

    @Sendable func show(request: Request, context: WebContext) async throws -> SolveView {
        try await view(try await findSolve(context))
    }

    func view(_ record: SolveRecord) async throws -> SolveView {
        let position = await services.queue.queuePosition(record.id!)
        let latest = await services.queue.progress(record.id!).last.map(Self.progressView)
        return SolveView(record, queuePosition: position, latest: latest)
    }

    @Sendable func stop(request: Request, context: WebContext) async throws -> SolveView {
        let record = try await findSolve(context)
        guard try await services.queue.stop(record.id!, by: context.user!.name) else {
            throw HTTPError(.conflict, message: "the solve is already over (\(record.status.rawValue))")
        }
        return try await view(try await services.solves.find(record.id!) ?? record)
    }

    /// `event: progress` for each new progress record, `event: status` when the status changes, and a last
    /// `event: done` with the final solve; then the stream ends.
    @Sendable func events(request: Request, context: WebContext) async throws -> Response {
        let id = try await findSolve(context).id!
        let services = self.services
        let controller = self
        let body = ResponseBody { writer in
            var sent = 0
            var lastStatus = ""
            while !Task.isCancelled {
                guard let record = try await services.solves.find(id) else { break }
                let progress = await services.queue.progress(id)
                if progress.count > sent {
                    for record in progress[sent...] {
                        try await writer.write(Self.event("progress", Self.progressView(record)))
                    }
                    sent = progress.count
                }
                let solve = try await controller.view(record)
                if record.status.isOver {
                    try await writer.write(Self.event("done", solve))
                    break
                }
                if solve.status != lastStatus {
                    lastStatus = solve.status
                    try await writer.write(Self.event("status", solve))
                }
                try await Task.sleep(for: Self.eventInterval)
            }
            try await writer.finish(nil)
        }
        var headers = HTTPFields()
        headers[.contentType] = "text/event-stream; charset=utf-8"
        headers[.cacheControl] = "no-cache"
        return Response(status: .ok, headers: headers, body: body)
    }

    static func progressView(_ record: ProgressRecord) -> ProgressView {
        ProgressView(seconds: record.seconds, incumbent: record.incumbent, bound: record.bound, gap: record.gap, nodes: record.nodes)
    }

    private static func event(_ name: String, _ value: some Encodable) -> ByteBuffer {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys]
        let json = (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        return ByteBuffer(string: "event: \(name)\ndata: \(json)\n\n")
    }

    private func findSolve(_ context: WebContext) async throws -> SolveRecord {
        guard let id = context.parameters.get("id", as: Int64.self), let record = try await services.solves.find(id) else {
            throw HTTPError(.notFound, message: "no such solve")
        }
        return record
    }
}
