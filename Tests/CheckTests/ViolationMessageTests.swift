import Testing
import TrainPlanCore
import PlanCheck

@Suite struct ViolationMessageTests {
    @Test func chineseMessagesNameTheSameEntities() throws {
        var plan = CheckFixture.validPlan
        plan.summary = nil
        plan.cohorts?.append("K4,P4,C2,2026-09-08,1")
        plan.assignments?.append("T1,K4")
        let report = try CheckFixture.check(plan)
        #expect(report.violations.map { $0.message(.zh) } == ["教师 T1 在 2026-09-08 同时参加多个班次：K1, K4"])
        #expect(report.verdict(.zh).hasPrefix("计划无效：1 处问题，重算目标值 "))
        #expect(report.verdict(.en).hasPrefix("Plan invalid: 1 violations; recomputed objective "))
    }

    @Test func validVerdict() throws {
        let report = try CheckFixture.check(CheckFixture.validPlan)
        #expect(report.verdict(.zh) == "计划有效，重算目标值 202411.606809")
    }
}
