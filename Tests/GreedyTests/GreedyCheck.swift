import Foundation
import PlanCheck
import TrainPlanCore

/// Runs the greedy planner, writes its plan folder to a temporary directory and checks it independently.
struct GreedyCheck {
    var plan: Plan
    var result: PlanResult
    var report: CheckReport

    init(_ instance: Instance) throws {
        plan = GreedyPlanner(instance: instance).plan()
        result = PlanResult.heuristic(instance: instance, plan: plan, seconds: 0, solverName: "greedy test")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("greedy-test-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try PlanWriter(instance: instance).write(result, to: directory)
        report = PlanChecker(instance: instance).check(planDirectory: directory)
    }

    /// Teachers in the plan per programme index.
    var assignedByProgramme: [Int: Int] {
        plan.cohorts.reduce(into: [:]) { $0[$1.programme, default: 0] += $1.teachers.count }
    }
}

/// Folders of the repository the tests read from.
enum RepositoryPaths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
}
