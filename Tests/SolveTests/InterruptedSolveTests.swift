import Foundation
import PlanCheck
import TestSupport
import TrainPlanCore
import XCTest

/// A search stopped before its first incumbent (Ctrl-C, or a limit too short) still returns the best plan that
/// exists, never an empty one, and keeps the user's time limit (issue 12).
final class InterruptedSolveTests: XCTestCase {
    static let demo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("instances/demo-county").path

    private func assertValidNonEmptyPlan(_ options: PlanningOptions, file: StaticString = #filePath, line: UInt = #line) throws -> PlanResult {
        let instance = try InstanceLoader.load(directory: Self.demo).instance
        let checked = try SolveAndCheck.run(instance, options: options)
        XCTAssertTrue(checked.report.isValid, "\(checked.report.violations.map { $0.message(.en) })", file: file, line: line)
        XCTAssertFalse(checked.result.plan.cohorts.isEmpty, "an empty plan", file: file, line: line)
        let greedy = PlanMetrics(instance: instance, plan: GreedyPlanner(instance: instance).plan()).objective
        XCTAssertLessThanOrEqual(checked.result.objective, greedy + 1e-6, file: file, line: line)
        XCTAssertNotEqual(checked.result.status, .error, file: file, line: line)
        return checked.result
    }

    func testStopBeforeTheFirstIncumbentGivesTheGreedyPlan() throws {
        var options = PlanningOptions()
        options.shouldStop = { true }
        XCTAssertEqual(try assertValidNonEmptyPlan(options).status, .feasible)
    }

    func testATooShortLimitIsKeptAndStillGivesAPlan() throws {
        var options = PlanningOptions()
        options.timeLimit = 0.05
        let result = try assertValidNonEmptyPlan(options)
        // The fallback once added max(10, limit / 2) seconds; building and the greedy plan take well under 5.
        XCTAssertLessThan(result.seconds, 5)
        XCTAssertEqual(result.options.stamp["time_limit"], "0.05")
    }
}
