import MIP
import TestSupport
import TrainPlanCore
import XCTest

/// Each test builds an instance where the rule binds (without it the optimum would break it) and asserts the
/// optimal plan keeps it, with the objective computed by hand. Shortfall costs 1000 a seat; all else is free.
final class HardRuleTests: SolveTestCase {
    typealias S = SmallInstance

    func testH1StageEligibility() throws {
        var programme = S.course("P", quota: 2)
        programme.stages = [.junior]
        let instance = S.make(teachers: [S.teacher("A"), S.teacher("B", stage: .junior)], programmes: [programme])
        let result = try solve(instance, expectObjective: 1000)  // only B may go: one seat short
        XCTAssertEqual(SolveAndCheck.assigned(result, instance)["P"], ["B"])
    }

    func testH1UnavailableDates() throws {
        var absent = S.teacher("A")
        absent.unavailable = [S.date(0)]
        let instance = S.make(teachers: [absent, S.teacher("B")], programmes: [S.course("P", quota: 2, window: [0])])
        let result = try solve(instance, expectObjective: 1000)
        XCTAssertEqual(SolveAndCheck.assigned(result, instance)["P"], ["B"])
    }

    func testH1StageBlackout() throws {
        let instance = S.make(
            teachers: [S.teacher("A", stage: .primary), S.teacher("B", stage: .junior)],
            programmes: [S.course("P", quota: 2, window: [0])],
            blackouts: [Blackout(dates: [S.date(0)], stages: [.primary])]
        )
        let result = try solve(instance, expectObjective: 1000)
        XCTAssertEqual(SolveAndCheck.assigned(result, instance)["P"], ["B"])
    }

    func testH1HomeDistrict() throws {
        var programme = S.course("P", quota: 2)
        programme.homeDistrict = true
        let instance = S.make(
            teachers: [S.teacher("A", school: "S1"), S.teacher("B", school: "S2")], programmes: [programme],
            schools: [S.school("S1", district: "D1"), S.school("S2", district: "D2")]
        )
        let result = try solve(instance, expectObjective: 1000)  // the only site serves D1
        XCTAssertEqual(SolveAndCheck.assigned(result, instance)["P"], ["A"])
    }

    func testH2OneCohortPerProgramme() throws {
        // Two seats, one teacher: without H2 the teacher would fill both on different days.
        let instance = S.make(teachers: [S.teacher("A")], programmes: [S.course("P", quota: 2)])
        try solve(instance, expectObjective: 1000)
    }

    func testH2ExclusiveGroup() throws {
        var first = S.course("P1", quota: 1)
        var second = S.course("P2", quota: 1)
        first.exclusive = "国培"
        second.exclusive = "国培"
        let instance = S.make(teachers: [S.teacher("A")], programmes: [first, second])
        try solve(instance, expectObjective: 1000)
    }

    func testH3OneCohortPerDate() throws {
        let instance = S.make(
            teachers: [S.teacher("A")],
            programmes: [S.course("P1", quota: 1, window: [0]), S.course("P2", quota: 1, window: [0])],
            sites: [S.center(rooms: 2)]
        )
        try solve(instance, expectObjective: 1000)
    }

    /// Three two-session courses overlapping pairwise on different days (Mon+Tue, Tue+Wed, Mon+Wed) and two
    /// identical teachers: per-date counts allow all three, but no two teachers can hold three pairwise
    /// clashing cohorts. The solver must ungroup them and find that only two courses can be filled.
    func testH3AcrossSessionsForIdenticalTeachers() throws {
        func twoSessions(_ id: String, _ window: [Int]) -> Programme {
            var programme = S.course(id, quota: 1, window: window)
            programme.sessions = 2
            programme.gapDays = 1
            return programme
        }
        let instance = S.make(
            teachers: [S.teacher("A"), S.teacher("B")],
            programmes: [twoSessions("P1", [0, 1]), twoSessions("P2", [1, 2]), twoSessions("P3", [0, 2])],
            sites: [S.center(rooms: 3)]
        )
        try solve(instance, expectObjective: 1000)
    }

    func testH4CohortMinimum() throws {
        var programme = S.course("P", quota: 2)
        programme.cohortMin = 3
        let instance = S.make(teachers: [S.teacher("A"), S.teacher("B")], programmes: [programme])
        try solve(instance, expectObjective: 2000)  // a cohort of two may not open
    }

    func testH4CohortMaximumAndSeats() throws {
        var programme = S.course("P", quota: 3, window: [0])
        programme.cohortMax = 2
        let instance = S.make(teachers: ["A", "B", "C"].map { S.teacher($0) }, programmes: [programme])
        let result = try solve(instance, expectObjective: 1000)
        XCTAssertEqual(result.plan.cohorts.map(\.teachers.count), [2])
    }

    func testH5RoomsPerDate() throws {
        let instance = S.make(
            teachers: [S.teacher("A"), S.teacher("B", subject: "语文")],
            programmes: [
                with(S.course("P1", quota: 1, window: [0])) { $0.subjects = ["数学"] },
                with(S.course("P2", quota: 1, window: [0])) { $0.subjects = ["语文"] },
            ]
        )
        try solve(instance, expectObjective: 1000)
    }

    func testH5MaxCohorts() throws {
        var site = S.center()
        site.maxCohorts = 1
        let instance = S.make(
            teachers: [S.teacher("A"), S.teacher("B", subject: "语文")],
            programmes: [
                with(S.course("P1", quota: 1)) { $0.subjects = ["数学"] },
                with(S.course("P2", quota: 1)) { $0.subjects = ["语文"] },
            ],
            sites: [site]
        )
        try solve(instance, expectObjective: 1000)
    }

    func testH6TrainerTeam() throws {
        let instance = S.make(
            teachers: [S.teacher("A"), S.teacher("B", subject: "语文")],
            programmes: [
                with(S.course("P1", quota: 1, window: [0])) { $0.subjects = ["数学"]; $0.team = "T"; $0.sites = ["C1"] },
                with(S.course("P2", quota: 1, window: [0])) { $0.subjects = ["语文"]; $0.team = "T"; $0.sites = ["C2"] },
            ],
            sites: [S.center("C1"), S.center("C2")], teams: [TeamPool(name: "T", limit: 1)]
        )
        try solve(instance, expectObjective: 1000)
    }

    func testH7ProgrammeMaximum() throws {
        var weights = S.zeroWeights()
        weights.priority = 100
        let programme = with(S.course("P", quota: 0)) { $0.quotaMax = 1 }
        let instance = S.make(
            teachers: [S.teacher("A", cycleHours: 0), S.teacher("B", cycleHours: 0)], programmes: [programme],
            weights: weights
        )
        try solve(instance, expectObjective: -100)  // the reward would train both; the maximum allows one
    }

    func testH7SubQuotaMaximum() throws {
        var weights = S.zeroWeights()
        weights.priority = 100
        let instance = S.make(
            teachers: [S.teacher("A", school: "S1", cycleHours: 0), S.teacher("B", school: "S2", cycleHours: 0),
                       S.teacher("C", school: "S1", cycleHours: 0)],
            programmes: [S.course("P", quota: 0)],
            schools: [S.school("S1", district: "D1"), S.school("S2", district: "D1")],
            weights: weights, quotas: [Quota(program: "P", scope: .school, scopeID: "S1", max: 1)]
        )
        try solve(instance, expectObjective: -200)  // B and one of S1's two
    }

    func testH8SchoolAwayCap() throws {
        // Ten teachers, max_away = max(1, floor(0.15 × 10)) = 1 on a teaching day.
        let teachers = (0..<10).map { S.teacher("T\($0)") }
        let instance = S.make(
            teachers: teachers, programmes: [S.course("P", quota: 2, window: [0])],
            schools: [S.school("S1", maxAway: nil)]
        )
        try solve(instance, expectObjective: 1000)
    }

    /// With the concentration term, the cap is the soft row's excess bound (away ≤ soft + excess ≤ max_away).
    /// Twenty teachers: max_away floor(0.15 × 20) = 3, soft limit floor(0.05 × 20) = 1, 30 per teacher-day
    /// above it. Four seats on a teaching day: three teachers go (2 × 30) and one seat is short (1000). Had
    /// the cap not bound, all four would go (90).
    func testH8SchoolAwayCapHoldsWithTheConcentrationTerm() throws {
        var weights = S.zeroWeights()
        weights.concentration = 30
        let teachers = (0..<20).map { S.teacher("T\($0)") }
        let instance = S.make(
            teachers: teachers, programmes: [S.course("P", quota: 4, window: [0])],
            schools: [S.school("S1", maxAway: nil)], weights: weights
        )
        try solve(instance, expectObjective: 1060)
        XCTAssertEqual(try XCTUnwrap(SolveAndCheck.relaxationObjective(instance)), 1060, accuracy: 1e-6)
        let model = ModelBuilder(instance: instance).build().mip
        XCTAssertFalse(model.constraints.contains { $0.name.hasPrefix("max_away_") }, "no row of its own")
        XCTAssertEqual(model.variables.filter { $0.name.hasPrefix("excess_") }.map(\.upper), [2], "max_away − soft")
    }

    /// A cap below the soft limit keeps a row of its own: ten teachers, soft limit floor(0.5 × 10) = 5 (no
    /// excess below it), max_away 2; four seats on one day: two short.
    func testH8SchoolAwayCapBelowTheSoftLimit() throws {
        var weights = S.zeroWeights()
        weights.concentration = 30
        var defaults = Defaults()
        defaults.softAwayShare = 0.5
        let teachers = (0..<10).map { S.teacher("T\($0)") }
        let instance = S.make(
            teachers: teachers, programmes: [S.course("P", quota: 4, window: [0])],
            schools: [S.school("S1", maxAway: 2)], weights: weights, defaults: defaults
        )
        try solve(instance, expectObjective: 2000)
    }

    func testH8ExemptsSubstituteCover() throws {
        let teachers = (0..<10).map { S.teacher("T\($0)") }
        let programme = with(S.course("P", quota: 2, window: [0])) { $0.substitute = 0.5 }
        let instance = S.make(teachers: teachers, programmes: [programme], schools: [S.school("S1", maxAway: nil)])
        try solve(instance, expectObjective: 0)
    }
}

func with<T>(_ value: T, _ change: (inout T) -> Void) -> T {
    var copy = value
    change(&copy)
    return copy
}
