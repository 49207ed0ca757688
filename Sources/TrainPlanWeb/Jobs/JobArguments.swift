import Foundation
import TrainPlanCore

/// The trainplan command line each kind of job runs as its child process. Every path comes from ids
/// (`DataPaths`); the only user text passed on is checked first (teacher ids of the plan, a programme id).
struct JobArguments {
    let paths: DataPaths

    func arguments(_ record: SolveRecord) throws -> [String] {
        let id = record.id!
        let source = paths.instanceSource(record.instanceId).path
        let limit = "\(record.timeLimit)"
        // Short plans get a relaxation diagnosis no longer than the time limit (60 s at most).
        let diagnosis = "\(min(record.timeLimit, 60))"
        switch record.kind {
        case .solve:
            return ["solve", source, "--out", paths.plan(id).path, "--report", paths.report(id).path,
                    "--time-limit", limit, "--quiet", "--progress-lines"]
        case .whatif:
            // Each of the two solves gets the time limit.
            return ["whatif", source, paths.scenario(id).path, "--out", paths.whatIf(id).path, "--time-limit", limit,
                    "--diagnosis-time", diagnosis, "--extra-lang", "en"]
        case .replan:
            guard let base = record.basePlanId, let dropped = record.parameters else { throw JobArgumentsError.incomplete(id) }
            return ["replan", source, paths.plan(base).path, "--drop", dropped, "--out", paths.plan(id).path, "--time-limit", limit]
        case .frontier:
            guard let text = record.parameters, let levels = try? JSONDecoder().decode(FrontierLevels.self, from: Data(text.utf8)) else {
                throw JobArgumentsError.incomplete(id)
            }
            var arguments = ["frontier", source, "--program", levels.program]
            for (option, value) in [("--from", levels.from), ("--to", levels.to), ("--step", levels.step)] {
                if let value { arguments += [option, "\(value)"] }
            }
            return arguments + ["--out", paths.frontier(id).path, "--time-limit", limit, "--diagnosis-time", diagnosis,
                                "--extra-lang", "en"]
        }
    }
}

enum JobArgumentsError: Error, CustomStringConvertible {
    case incomplete(Int64)

    var description: String {
        switch self { case .incomplete(let id): "job \(id) lacks its parameters" }
    }
}

/// A frontier job's programme and levels (`trainplan frontier --program --from --to --step`), stored as JSON.
struct FrontierLevels: Codable, Sendable, Equatable {
    var program: String
    var from: Int?
    var to: Int?
    var step: Int?
}
