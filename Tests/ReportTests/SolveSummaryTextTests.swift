import Foundation
import PlanCheck
import Reports
import XCTest
@testable import TrainPlanCore

/// The terminal summary of a solve, as the planner reads it after `trainplan solve`.
final class SolveSummaryTextTests: XCTestCase {
    private func summary(seconds: Double, limit: Double?, optimal: Bool = false, _ language: Language = .zh) throws -> String {
        var options = PlanningOptions()
        options.timeLimit = limit
        let instance = ReportFixture.instance
        let result = PlanResult(
            instance: instance, plan: Plan(cohorts: []), provenOptimal: optimal, failed: false, bound: optimal ? .infinity : nil,
            seconds: seconds, nodes: 0, modelSize: ModelSize(model: ModelBuilder(instance: instance).build(), teachers: 4),
            options: options, solverVersion: "test"
        )
        XCTAssertTrue(PlanChecker(instance: instance).violations(of: result.plan).isEmpty, "an empty plan keeps every hard rule (its quotas are short)")
        return SolveSummaryText(instance: instance, result: result, language: language).render()
    }

    /// A city given 3 s took 5.6 s for its greedy plan and decomposition, and the summary said nothing of it.
    func testALimitOverrunIsExplained() throws {
        XCTAssertTrue(try summary(seconds: 5.57, limit: 3).contains(
            "用时 5.6 秒，超过时间限制 3 秒：正在进行的计算要做完才能停下，较大的实例得出第一份方案可能就要这么久；如需更好的方案，请放宽 --time-limit"))
        XCTAssertTrue(try summary(seconds: 5.57, limit: 3, .en).contains("Took 5.6 s, more than the time limit of 3 s"))
    }

    /// An optimal plan needs no more time: no advice to allow more.
    func testAnOptimalPlanIsNotToldToAllowMore() throws {
        let text = try summary(seconds: 5.57, limit: 3, optimal: true)
        XCTAssertTrue(text.contains("求解状态：最优") && text.contains("超过时间限制 3 秒"), text)
        XCTAssertFalse(text.contains("放宽"), text)
    }

    func testAMomentPastTheLimitOrNoLimitSaysNothing() throws {
        XCTAssertFalse(try summary(seconds: 3.3, limit: 3).contains("超过时间限制"))
        XCTAssertFalse(try summary(seconds: 500, limit: nil).contains("超过时间限制"))
    }
}
