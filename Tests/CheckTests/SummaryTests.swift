import Testing
import TrainPlanCore
import PlanCheck

@Suite struct SummaryTests {
    private func check(_ edit: (inout [String: Any]) -> Void, instance: Instance = CheckFixture.instance) throws -> CheckReport {
        var plan = CheckFixture.validPlan
        edit(&plan.summary!)
        return try CheckFixture.check(plan, instance: instance)
    }

    @Test func kpiMismatchIsReportedWithBothValues() throws {
        var kpis = CheckFixture.validKPIs
        kpis.travelKm = 500
        let report = try check { $0 = CheckFixture.summary(kpis: kpis, objective: CheckFixture.validObjective) }
        #expect(report.violations.map(\.rule) == ["KPI"])
        #expect(report.messages(of: "KPI") == ["KPI travel_km: the plan says 500, recomputed 449.106809"])
    }

    @Test func objectiveMismatchIsReported() throws {
        let report = try check { $0 = CheckFixture.summary(kpis: CheckFixture.validKPIs, objective: 202_000) }
        #expect(report.messages(of: "KPI") == ["KPI objective: the plan says 202000, recomputed 202411.606809"])
    }

    @Test func smallDifferencesAreWithinTolerance() throws {
        var kpis = CheckFixture.validKPIs
        kpis.travelKm += 1e-7
        let report = try check { $0 = CheckFixture.summary(kpis: kpis, objective: CheckFixture.validObjective + 1e-4) }
        #expect(report.isValid)
    }

    @Test func shortfallByProgramNeedsEveryProgrammeAndNoOther() throws {
        var kpis = CheckFixture.validKPIs
        kpis.shortfallByProgram = ["P1": 1, "P2": 0, "P3": 0, "PX": 1]
        let report = try check { $0 = CheckFixture.summary(kpis: kpis, objective: CheckFixture.validObjective) }
        #expect(report.messages(of: "KPI") == [
            "KPI shortfall_by_program.P1: the plan says 1, recomputed 2",
            "summary.json lacks KPI shortfall_by_program.P4",
            "summary.json shortfall_by_program names unknown programme \"PX\"",
        ])
    }

    @Test func statusBoundAndGapAreConsistent() throws {
        let report = try check {
            $0["status"] = "solved"
            $0["bound"] = CheckFixture.validObjective + 100
            $0["gap"] = 0.5
        }
        #expect(report.messages(of: "SUMMARY") == [
            "summary.json: unknown status \"solved\"",
        ])
        let claimed = try check {
            $0["bound"] = CheckFixture.validObjective + 100
            $0["gap"] = 0.5
            $0["seconds"] = nil
        }
        #expect(claimed.messages(of: "SUMMARY") == [
            "summary.json lacks field seconds",
            "summary.json: bound 202511.606809 exceeds objective 202411.606809",
            "summary.json: gap says 0.5, expected -0.000494",
        ])
    }

    @Test func infeasibleRunsHaveNoFiguresToCompare() throws {
        let report = try check {
            $0["status"] = "infeasible"
            $0["objective"] = nil
            $0["kpis"] = nil
        }
        #expect(report.isValid)
    }

    @Test func planForAnotherInstanceIsReported() throws {
        var instance = CheckFixture.instance
        instance.sourceHash = "abc"
        let report = try check({ $0["input_hash"] = "xyz" }, instance: instance)
        #expect(report.messages(of: "SUMMARY") == [
            "summary.json: input hash \"xyz\" is not the instance's \"abc\"; the plan is for another instance",
        ])
    }
}
