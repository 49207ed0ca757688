import TestSupport
import TrainPlanCore
import XCTest

/// Each kind of patch a scenario file can hold changes exactly what it names.
final class ScenarioPatchTests: XCTestCase {
    private func applied(_ text: String) throws -> Instance {
        try WhatIfFixture.read(text).apply(to: WhatIfFixture.base())
    }

    func testTitleAndNameComeFromTheFile() throws {
        let scenario = try WhatIfFixture.read("title = \"国培 700\"")
        XCTAssertEqual(scenario.name, "s")
        XCTAssertEqual(scenario.title, "国培 700")
        XCTAssertNotEqual(scenario.apply(to: WhatIfFixture.base()).sourceHash, WhatIfFixture.base().sourceHash)
    }

    func testProgrammePatch() throws {
        let instance = try applied("""
        [programs.P1]
        quota_min = 3
        quota_max = 4
        window = ["2026-09-08..2026-09-09"]
        day_types = ["teaching", "周末"]
        days = 2
        sessions = 2
        gap_days = 3
        [programs.P2]
        quota_min = "all"
        """)
        let p1 = instance.programmes[0]
        XCTAssertEqual(p1.quotaMin, .seats(3))
        XCTAssertEqual(p1.quotaMax, 4)
        XCTAssertEqual(p1.window, [SmallInstance.date(1), SmallInstance.date(2)])
        XCTAssertEqual(p1.dayTypes, [.teaching, .weekend])
        XCTAssertEqual([p1.days, p1.sessions, p1.gapDays], [2, 2, 3])
        XCTAssertEqual(instance.programmes[1].quotaMin, .allEligible)
    }

    func testSubQuotaPatchChangesOrAdds() throws {
        let instance = try applied("""
        [[sub_quotas]]
        program = "P1"
        scope_id = "D1"
        min = 2
        [[sub_quotas]]
        program = "P2"
        scope = "school"
        scope_id = "S2"
        min = 1
        max = 1
        """)
        XCTAssertEqual(instance.quotas.count, 2)
        XCTAssertEqual(instance.quotas[0].min, 2)
        XCTAssertEqual(instance.quotas[0].max, 2, "max untouched")
        XCTAssertEqual([instance.quotas[1].program, instance.quotas[1].scopeID], ["P2", "S2"])
        XCTAssertEqual(instance.quotas[1].scope, .school)
        XCTAssertEqual(instance.quotas[1].max, 1)
    }

    func testWeightsPatch() throws {
        let instance = try applied("[weights]\nshortfall = 5\nkm = 2.5")
        XCTAssertEqual(instance.weights.shortfall, 5)
        XCTAssertEqual(instance.weights.km, 2.5)
        XCTAssertEqual(instance.weights.priority, WhatIfFixture.base().weights.priority)
    }

    func testSitePatch() throws {
        let instance = try applied("""
        [sites.C1]
        seats = 30
        rooms = 2
        max_cohorts = 3
        unavailable = ["2026-09-08"]
        [sites.SJ1]
        closed = true
        available = ["2026-09-07..2026-09-09"]
        """)
        let centre = instance.sites[0]
        XCTAssertEqual(centre.seats, 30)
        XCTAssertEqual(centre.rooms, 2)
        XCTAssertEqual(centre.maxCohorts, 3)
        XCTAssertEqual(centre.available, Set(instance.calendar.dates).subtracting([SmallInstance.date(1)]))
        XCTAssertEqual(instance.sites[1].maxCohorts, 0, "closed")
        XCTAssertEqual(instance.sites[1].available, Set((0...2).map(SmallInstance.date)))
    }

    func testDatesPatch() throws {
        let instance = try applied("[dates]\nblock = [\"2026-09-07\"]\nopen = [\"2026-09-09\"]")
        XCTAssertTrue(instance.calendar.isBlackedOut(SmallInstance.date(0), for: .primary))
        XCTAssertTrue(instance.calendar.isBlackedOut(SmallInstance.date(0), for: .senior), "every stage")
        XCTAssertEqual(instance.calendar.dayType(SmallInstance.date(2)), .teaching, "no longer a holiday")
    }

    func testTeacherPatch() throws {
        let instance = try applied("""
        [teachers.T1]
        unavailable = ["2026-09-07..2026-09-08"]
        [teachers.T2]
        leave = true
        """)
        XCTAssertEqual(instance.teachers[0].unavailable, [SmallInstance.date(0), SmallInstance.date(1)])
        XCTAssertEqual(instance.teachers[1].unavailable, Set(instance.calendar.dates))
        XCTAssertFalse(instance.meetsProfile(instance.teachers[1], of: instance.programmes[0]), "on leave: in no programme")
        XCTAssertTrue(instance.meetsProfile(instance.teachers[0], of: instance.programmes[0]))
    }

    func testTeamPatch() throws {
        XCTAssertEqual(try applied("[teams]\nsongjiao = 1").teams[0].limit, 1)
    }

    func testScenarioPlanPassesTheChecker() throws {
        let instance = try applied("[programs.P1]\nquota_min = 5\nquota_max = 5\n[teachers.T1]\nleave = true")
        let result = try PlanSolver(instance: instance, solver: testSolver).solve()
        XCTAssertEqual(result.metrics.shortfallByProgramme["P1"], 1, "T1 on leave leaves four teachers for five seats")
        try WhatIfFixture.assertPassesChecker(result, instance)
    }
}
