import Foundation
import PlanCheck
import Reports
import XCTest
@testable import TrainPlanCore

/// The terminal summary of a solve, as the planner reads it after `trainplan solve`.
final class SolveSummaryTextTests: XCTestCase {
    private func summary(seconds: Double, limit: Double?, _ language: Language = .zh) throws -> String {
        var options = PlanningOptions()
        options.timeLimit = limit
        let instance = ReportFixture.instance
        let result = PlanResult(
            instance: instance, plan: Plan(cohorts: []), provenOptimal: false, failed: false, bound: nil,
            seconds: seconds, nodes: 0, modelSize: ModelSize(model: ModelBuilder(instance: instance).build(), teachers: 4),
            options: options, solverVersion: "test"
        )
        XCTAssertTrue(PlanChecker(instance: instance).violations(of: result.plan).isEmpty, "no cohort breaks no rule (the quotas are short)")
        return SolveSummaryText(instance: instance, result: result, language: language).render()
    }

    /// A city given 3 s took 5.6 s for its greedy plan and decomposition, and the summary said nothing of it.
    func testALimitOverrunIsExplained() throws {
        XCTAssertTrue(try summary(seconds: 5.57, limit: 3).contains(
            "用时 5.6 秒，超过了时间限制 3 秒：这一规模的实例做出第一份方案就需要这么久（如需更好的方案，请放宽 --time-limit）"))
        XCTAssertTrue(try summary(seconds: 5.57, limit: 3, .en).contains("took 5.6 s, more than the time limit of 3 s"))
    }

    func testAMomentPastTheLimitOrNoLimitSaysNothing() throws {
        XCTAssertFalse(try summary(seconds: 3.3, limit: 3).contains("超过了时间限制"))
        XCTAssertFalse(try summary(seconds: 500, limit: nil).contains("超过了时间限制"))
    }
}
