import Foundation
import Hummingbird
import TrainPlanCore

/// Starts a quota frontier of one programme: the programme and levels are checked against the term (the same
/// rules as `trainplan frontier`, at most 100 levels) before `trainplan frontier` is queued.
struct FrontierJobs: Sendable {
    let services: WebServices

    func start(term: InstanceRecord, levels: FrontierLevels, timeLimit: Double, by userName: String,
               language: Language) async throws -> SolveRecord {
        try TimeLimit.check(timeLimit, services.configuration, language)
        let instance = try await services.terms.instance(term.id!)
        guard let programme = instance.programmes.first(where: { $0.id == levels.program }) else {
            throw HTTPError(.unprocessableContent, message: language.pick(
                "未知项目 \"\(levels.program)\"（应为本学期的项目编号）", "unknown programme \"\(levels.program)\" (expected a programme id of this term)"))
        }
        for (name, value, minimum) in [("from", levels.from, 0), ("to", levels.to, 0), ("step", levels.step, 1)] {
            guard let value else { continue }
            guard value >= minimum, value <= ValueLimits.largestCount else {
                throw HTTPError(.unprocessableContent, message: language.pick(
                    "\(name) 应在 \(minimum)…\(ValueLimits.largestCount) 之间，收到 \(value)",
                    "\(name) must be in \(minimum)...\(ValueLimits.largestCount), got \(value)"))
            }
        }
        if let from = levels.from, let to = levels.to, to < from {
            throw HTTPError(.unprocessableContent, message: language.pick("to（\(to)）不能小于 from（\(from)）", "to (\(to)) must not be below from (\(from))"))
        }
        do {
            _ = try QuotaFrontier.defaultLevels(instance: instance, programme: programme, from: levels.from, to: levels.to, step: levels.step)
        } catch {
            throw HTTPError(.unprocessableContent, message: error.message(language))
        }
        let parameters = String(decoding: try JSONEncoder().encode(levels), as: UTF8.self)
        let job = try await services.solves.add(instanceId: term.id!, timeLimit: timeLimit, by: userName, kind: .frontier,
                                                scenarioTitle: programme.id, parameters: parameters)
        await services.queue.enqueue(job.id!)
        return job
    }
}
