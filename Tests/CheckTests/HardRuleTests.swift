import Testing
import TrainPlanCore
import PlanCheck

/// Each test breaks one rule of the valid plan (without summary.json, so only the rules speak).
@Suite struct HardRuleTests {
    private var plan: PlanFiles {
        var plan = CheckFixture.validPlan
        plan.summary = nil
        return plan
    }

    @Test func h1StageUnavailabilityBlackoutAndTags() throws {
        var plan = plan
        plan.cohorts?[0] = "K1,P1,C1,2026-09-07..2026-09-08;2026-09-26..2026-09-27,3"
        plan.cohorts?.append("K4,P4,C2,2026-09-22,1")
        plan.assignments? += ["T4,K1", "T3,K4"]
        var instance = CheckFixture.instance
        instance.programmes[0].stages = []
        instance.programmes[0].tagsAny = ["骨干"]
        instance.schools[0].maxAway = 3
        let report = try CheckFixture.check(plan, instance: instance)
        #expect(report.rules == ["H1"])
        #expect(report.messages(of: "H1") == [
            "Teacher T2 does not meet the tags_any rule of programme P1 (cohort K1)",
            "Teacher T4 does not meet the tags_any rule of programme P1 (cohort K1)",
            "Teacher T4 is unavailable on 2026-09-08 (cohort K1)",
            "Teacher T3: 2026-09-22 is blacked out for 初中 (cohort K4)",
        ])
    }

    @Test func h1StageAndSubject() throws {
        var plan = plan
        plan.cohorts?[0] = "K1,P1,C1,2026-09-07..2026-09-08;2026-09-26..2026-09-27,3"
        plan.cohorts?[1] = "K2,P2,N1,,2"
        plan.assignments? += ["T3,K1", "T2,K2"]
        let report = try CheckFixture.check(plan)
        #expect(report.messages(of: "H1") == [
            "Teacher T3 does not meet the stage rule of programme P1 (cohort K1)",
            "Teacher T2 does not meet the subject rule of programme P2 (cohort K2)",
        ])
    }

    @Test func h1HomeDistrict() throws {
        var instance = CheckFixture.instance
        instance.programmes[3].homeDistrict = true
        var plan = plan
        plan.cohorts? += ["K4,P4,C2,2026-09-10,1", "K5,P4,E1,2026-09-17,1"]
        plan.assignments? += ["T1,K4", "T2,K5"]
        let report = try CheckFixture.check(plan, instance: instance)
        #expect(report.messages(of: "H1") == [
            "Teacher T1 (district D1) may not join home-district cohort K4 at site C2 (district D2)",
            "Teacher T2 (district D1) may not join home-district cohort K5 at site E1 (district none)",
        ])
    }

    @Test func h2OneCohortPerProgrammeAndOneProgrammePerExclusiveGroup() throws {
        var instance = CheckFixture.instance
        instance.sites[0].rooms = 2
        instance.teams = []
        var plan = plan
        plan.cohorts?[2] = "K3,P3,E1,2026-09-14..2026-09-16,2"
        plan.cohorts?.append("K9,P1,C2,2026-09-10..2026-09-11;2026-09-17..2026-09-18,1")
        plan.assignments? += ["T1,K3", "T1,K9"]
        let report = try CheckFixture.check(plan, instance: instance)
        #expect(report.rules == ["H2"])
        #expect(report.messages(of: "H2") == [
            "Teacher T1 is in several cohorts of programme P1: K1, K9",
            "Teacher T1 joins several programmes of exclusive group 国培: P1, P3",
        ])
    }

    @Test func h3OneCohortPerDate() throws {
        var plan = plan
        plan.cohorts?.append("K4,P4,C2,2026-09-08,1")
        plan.assignments?.append("T1,K4")
        let report = try CheckFixture.check(plan)
        #expect(report.rules == ["H3"])
        #expect(report.messages(of: "H3") == ["Teacher T1 is in several cohorts on 2026-09-08: K1, K4"])
    }

    @Test func h4CohortSizeLimits() throws {
        var tooSmall = CheckFixture.instance
        tooSmall.programmes[0].cohortMin = 3
        #expect(try CheckFixture.check(plan, instance: tooSmall).messages(of: "H4") == [
            "Cohort K1 has 2 teachers, fewer than the minimum 3",
        ])
        var tooLarge = CheckFixture.instance
        tooLarge.sites[0].seats = 1
        #expect(try CheckFixture.check(plan, instance: tooLarge).messages(of: "H4") == [
            "Cohort K1 has 2 teachers, more than the maximum 1",
        ])
    }

    @Test func h5RoomsPerDateAndCohortsOverTheHorizon() throws {
        var plan = plan
        plan.cohorts?.append("K4,P4,C1,2026-09-07,1")
        plan.assignments?.append("T3,K4")
        #expect(try CheckFixture.check(plan).messages(of: "H5") == [
            "Site C1 has 2 cohorts on 2026-09-07 (K1, K4) but 1 rooms",
        ])
        var instance = CheckFixture.instance
        instance.sites[3].maxCohorts = 0
        #expect(try CheckFixture.check(self.plan, instance: instance).messages(of: "H5") == [
            "Site N1 opens 1 cohorts, more than its maximum 0",
        ])
    }

    @Test func h6TeamPoolPerDate() throws {
        var instance = CheckFixture.instance
        instance.programmes[3].team = "songjiao"
        var plan = plan
        plan.cohorts?.append("K4,P4,C2,2026-09-07,1")
        plan.assignments?.append("T3,K4")
        let report = try CheckFixture.check(plan, instance: instance)
        #expect(report.rules == ["H6"])
        #expect(report.messages(of: "H6") == ["Team songjiao has 2 cohorts on 2026-09-07 (K1, K4), limit 1"])
    }

    @Test func h7ProgrammeAndSubQuotaMaximums() throws {
        var instance = CheckFixture.instance
        instance.programmes[0].quotaMax = 1
        instance.quotas.append(Quota(program: "P1", scope: .school, scopeID: "S1", max: 1))
        let report = try CheckFixture.check(plan, instance: instance)
        #expect(report.rules == ["H7"])
        #expect(report.messages(of: "H7") == [
            "Programme P1 has 2 teachers, more than its quota maximum 1",
            "Programme P1 has 2 teachers of school S1, more than the sub-quota maximum 1",
        ])
    }

    @Test func h8SchoolAwayCapOnTeachingDays() throws {
        // Without its explicit cap, S1 (staff 3) may have max(1, floor(0.15 × 3)) = 1 teacher away;
        // K1 takes two on its teaching days 09-07, 09-08 and 09-27 (调休), not on Saturday 09-26.
        var instance = CheckFixture.instance
        instance.schools[0].maxAway = nil
        let report = try CheckFixture.check(plan, instance: instance)
        #expect(report.rules == ["H8"])
        #expect(report.messages(of: "H8") == [
            "School S1 has 2 teachers away on teaching day 2026-09-07 (T1, T2), cap 1",
            "School S1 has 2 teachers away on teaching day 2026-09-08 (T1, T2), cap 1",
            "School S1 has 2 teachers away on teaching day 2026-09-27 (T1, T2), cap 1",
        ])
    }

    @Test func h8ExemptsSubstitutedProgrammes() throws {
        // T3 alone is away in P3 (substitute 0.5); with a cap of 0 only a substitute-0 programme would break it.
        var instance = CheckFixture.instance
        instance.schools[1].maxAway = 0
        #expect(try CheckFixture.check(plan, instance: instance).isValid)
    }
}
