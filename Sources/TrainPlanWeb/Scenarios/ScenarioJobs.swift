import Foundation
import TrainPlanCore

/// Starts a what-if job: the scenario is checked against the term before anything is queued, so a mistake is a
/// 422 naming its key, not a failed job.
struct ScenarioJobs: Sendable {
    let services: WebServices

    func start(instance: InstanceRecord, scenario text: String, title: String, timeLimit: Double, by userName: String,
               language: Language) async throws -> SolveRecord {
        let base: Instance
        do {
            base = try await services.terms.instance(instance.id!)
        } catch {
            throw UploadRejection(issues: [UploadIssue(file: "instance", message: "\(error)")])
        }
        do {
            _ = try ScenarioReader.read(text: text, file: "scenario.toml", base: base)
        } catch {
            throw UploadRejection(issues: error.issues.map {
                UploadIssue(file: $0.file, row: $0.line, column: $0.key, message: $0.message(language))
            })
        }
        let paths = services.paths
        let job = try await services.solves.add(instanceId: instance.id!, timeLimit: timeLimit, by: userName, kind: .whatif,
                                                scenarioTitle: title) { id in
            try FileManager.default.createDirectory(at: paths.solve(id), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: paths.scenario(id))
        }
        await services.queue.enqueue(job.id!)
        return job
    }
}
