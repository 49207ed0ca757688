import Foundation
import Hummingbird
import TrainPlanCore

/// Starts a re-plan (换人参训) of a term's published plan: the dropouts are checked against the plan before
/// anything is queued, then `trainplan replan` runs as a job that writes a new plan (a version to publish).
struct ReplanJobs: Sendable {
    let services: WebServices
    /// Most dropouts one re-plan takes.
    static let largestDrop = 500

    /// `dropped`: teacher ids (工号), as typed or picked; blanks and repeats are ignored.
    func start(plan: SolveRecord, dropped: [String], timeLimit: Double, by userName: String, language: Language) async throws -> SolveRecord {
        guard let term = try await services.instances.find(plan.instanceId) else { throw HTTPError(.notFound, message: "no such term") }
        guard term.publishedSolveId == plan.id else {
            throw HTTPError(.unprocessableContent, message: language.pick(
                "只能对已发布的计划换人参训：请先发布计划 #\(plan.id!)", "only the published plan can be re-planned: publish plan #\(plan.id!) first"))
        }
        try TimeLimit.check(timeLimit, services.configuration, language)
        var ids: [String] = []
        for id in dropped.map({ $0.trimmingCharacters(in: .whitespaces) }) where !id.isEmpty && !ids.contains(id) { ids.append(id) }
        guard !ids.isEmpty else {
            throw HTTPError(.unprocessableContent, message: language.pick("请至少选择一名退出的教师", "choose at least one teacher who drops out"))
        }
        guard ids.count <= Self.largestDrop else {
            throw HTTPError(.unprocessableContent, message: language.pick(
                "一次最多 \(Self.largestDrop) 名退出教师", "at most \(Self.largestDrop) dropouts at once"))
        }
        let instance = try await services.terms.instance(plan.instanceId)
        let seated = PlanParticipants.teacherIDs(try await services.terms.plan(plan).plan, instance)
        // The CLI's --drop list is split at these; such an id could not be passed on whole.
        let unusable = ids.filter { $0.contains(where: { ",，;".contains($0) }) || !seated.contains($0) }
        guard unusable.isEmpty else {
            throw HTTPError(.unprocessableContent, message: language.pick(
                "不是本计划的参训教师：\(unusable.joined(separator: "、"))", "not a teacher of this plan: \(unusable.joined(separator: ", "))"))
        }
        let job = try await services.solves.add(instanceId: plan.instanceId, timeLimit: timeLimit, by: userName, kind: .replan,
                                                basePlanId: plan.id, parameters: ids.joined(separator: ","))
        await services.queue.enqueue(job.id!)
        return job
    }
}

/// The one check of a job's time limit, for every form and API body.
enum TimeLimit {
    static func check(_ seconds: Double, _ configuration: WebConfiguration, _ language: Language) throws {
        let limit = configuration.maxTimeLimit
        guard seconds.isFinite, seconds > 0, seconds <= limit else {
            throw HTTPError(.unprocessableContent, message: language.pick(
                "时间上限应在 (0, \(Int(limit))] 秒之间", "time_limit must be in (0, \(Int(limit))] seconds"))
        }
    }
}
