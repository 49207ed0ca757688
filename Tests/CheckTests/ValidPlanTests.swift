import Testing
import TrainPlanCore
@testable import PlanCheck

@Suite struct ValidPlanTests {
    @Test func validPlanPassesWithHandComputedKPIs() throws {
        let report = try CheckFixture.check(CheckFixture.validPlan)
        #expect(report.violations.map { $0.message(.en) } == [])
        #expect(report.isValid)
        #expect(report.summaryChecked)
        expectKPIs(report.kpis, CheckFixture.validKPIs)
        #expect(isClose(report.objective, CheckFixture.validObjective))
    }

    @Test func handWrittenPlanWithoutSummaryIsCheckedForRulesOnly() throws {
        var plan = CheckFixture.validPlan
        plan.summary = nil
        let report = try CheckFixture.check(plan)
        #expect(report.isValid)
        #expect(!report.summaryChecked)
        expectKPIs(report.kpis, CheckFixture.validKPIs)
        #expect(isClose(report.objective, CheckFixture.validObjective))
        #expect(report.verdict(.en) == "Plan valid (no summary.json, rules only); recomputed objective 202411.606809")
    }

    @Test func singleDatesAndChineseListSeparatorsAreSessions() throws {
        var plan = CheckFixture.validPlan
        plan.summary = nil
        plan.cohorts?[0] = "K1,P1,C1,2026-09-07..2026-09-08；2026-09-26..2026-09-27,2"
        plan.cohorts?.append("K4,P4,C2,2026-09-10,1")
        plan.assignments?.append("T4,K4")
        let report = try CheckFixture.check(plan)
        #expect(report.violations.map { $0.message(.en) } == [])
        #expect(report.kpis.cohortsOpened == 4)
    }

    @Test func greatCircleOfOneDegreeOfLatitude() {
        let km = greatCircleKilometres(latitude1: 30.1, longitude1: 120, latitude2: 31.1, longitude2: 120)
        #expect(abs(km - 111.19492664455873) < 1e-9)
    }

    private func expectKPIs(_ kpis: PlanKPIs, _ expected: PlanKPIs) {
        #expect(kpis.shortfallTotal == expected.shortfallTotal)
        #expect(kpis.shortfallByProgram == expected.shortfallByProgram)
        #expect(kpis.teachingDaysLost == expected.teachingDaysLost)
        #expect(isClose(kpis.workStudyCost, expected.workStudyCost))
        #expect(isClose(kpis.concentrationCost, expected.concentrationCost))
        #expect(isClose(kpis.travelKm, expected.travelKm))
        #expect(kpis.cohortsOpened == expected.cohortsOpened)
        #expect(isClose(kpis.cohortCost, expected.cohortCost))
        #expect(isClose(kpis.priorityReward, expected.priorityReward))
    }
}
