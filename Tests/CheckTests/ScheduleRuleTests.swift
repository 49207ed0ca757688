import Testing
import TrainPlanCore
import PlanCheck

/// Plans without summary.json, so only the rules speak.
@Suite struct ScheduleRuleTests {
    private func check(cohort index: Int, _ row: String, instance: Instance = CheckFixture.instance) throws -> CheckReport {
        var plan = CheckFixture.validPlan
        plan.summary = nil
        plan.cohorts?[index] = row
        return try CheckFixture.check(plan, instance: instance)
    }

    @Test func sessionsMustKeepTheGapAndNotOverlap() throws {
        let report = try check(cohort: 0, "K1,P1,C1,2026-09-07..2026-09-08;2026-09-10..2026-09-11,2")
        #expect(report.rules == ["SCHEDULE"])
        #expect(report.messages(of: "SCHEDULE") == [
            "Cohort K1: session 2026-09-10..2026-09-11 must start after 2026-09-07..2026-09-08 ends and at least 7 days after it starts",
        ])
    }

    @Test func sessionsMustBeInOrder() throws {
        let report = try check(cohort: 0, "K1,P1,C1,2026-09-26..2026-09-27;2026-09-07..2026-09-08,2")
        #expect(report.messages(of: "SCHEDULE").count == 1)
        #expect(report.messages(of: "SCHEDULE")[0].hasPrefix("Cohort K1: session 2026-09-07..2026-09-08 must start after"))
    }

    @Test func sessionCountAndLengthFollowTheProgramme() throws {
        let report = try check(cohort: 0, "K1,P1,C1,2026-09-07..2026-09-09,2")
        #expect(report.messages(of: "SCHEDULE") == [
            "Cohort K1: programme P1 needs 2 sessions, the plan has 1",
            "Cohort K1: session 2026-09-07..2026-09-09 must be 2 consecutive days",
        ])
    }

    @Test func dayTypesAndSiteAvailabilityAreKept() throws {
        // P3 allows teaching days only; E1 is open 09-14..18; 09-19 and 20 are a weekend.
        let report = try check(cohort: 2, "K3,P3,E1,2026-09-18..2026-09-20,1")
        #expect(report.messages(of: "SCHEDULE") == [
            "Cohort K3: 2026-09-19..2026-09-20 is a weekend day, not allowed by the programme",
            "Cohort K3: site E1 is not available on 2026-09-19..2026-09-20",
        ])
    }

    @Test func holidaysAreTheirOwnDayType() throws {
        var instance = CheckFixture.instance
        instance.programmes[3].dayTypes = [.teaching, .weekend]
        var plan = CheckFixture.validPlan
        plan.summary = nil
        plan.cohorts?.append("K4,P4,C2,2026-09-25,1")
        plan.assignments?.append("T4,K4")
        let report = try CheckFixture.check(plan, instance: instance)
        #expect(report.messages(of: "SCHEDULE") == ["Cohort K4: 2026-09-25 is a holiday day, not allowed by the programme"])
    }

    @Test func sessionsStayInsideWindowAndHorizon() throws {
        let outsideWindow = try check(cohort: 0, "K1,P1,C1,2026-09-07..2026-09-08;2026-09-28..2026-09-29,2")
        #expect(outsideWindow.messages(of: "SCHEDULE") == [
            "Cohort K1: 2026-09-28..2026-09-29 is outside the window of programme P1",
        ])
        var plan = CheckFixture.validPlan
        plan.summary = nil
        plan.cohorts?.append("K4,P4,C2,2026-10-01,1")
        plan.assignments?.append("T4,K4")
        let outsideHorizon = try CheckFixture.check(plan)
        #expect(outsideHorizon.messages(of: "SCHEDULE") == ["Cohort K4: 2026-10-01 is outside the horizon"])
    }

    @Test func siteMustSuitTheProgramme() throws {
        let wrongKind = try check(cohort: 0, "K1,P1,N1,2026-09-07..2026-09-08;2026-09-26..2026-09-27,2")
        #expect(wrongKind.messages(of: "SCHEDULE") == ["Cohort K1: programme P1 may not use site N1"])

        // An explicit sites list overrides the mode's kinds, both ways.
        var instance = CheckFixture.instance
        instance.programmes[3].sites = ["N1"]
        var plan = CheckFixture.validPlan
        plan.summary = nil
        plan.cohorts? += ["K4,P4,C2,2026-09-10,1", "K5,P4,N1,2026-09-11,1"]
        plan.assignments? += ["T4,K4", "T4,K5"]
        let report = try CheckFixture.check(plan, instance: instance)
        #expect(report.messages(of: "SCHEDULE") == ["Cohort K4: programme P4 may not use site C2"])
    }

    @Test func onlineCohortsHaveNoSessions() throws {
        let report = try check(cohort: 1, "K2,P2,N1,2026-09-10,1")
        #expect(report.messages(of: "SCHEDULE") == ["Cohort K2: online programme P2 must have no sessions"])
    }
}
