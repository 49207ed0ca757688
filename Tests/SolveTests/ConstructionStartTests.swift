import GLPKSolver
import PlanCheck
import TestSupport
@testable import TrainPlanCore
import XCTest

/// The construction stage solves every block at least once, and a block whose solve finds nothing in time is
/// solved again from its cohorts in a known plan (the greedy plan), so it keeps them instead of getting no
/// cohort at all.
final class ConstructionStartTests: XCTestCase {
    typealias S = SmallInstance

    /// Two one-day courses for six teachers, 3 seats each: the greedy plan fills both.
    private func twoCourses() -> Instance {
        let teachers = (1...6).map { S.teacher("T\($0)") }
        return S.make(teachers: teachers, programmes: [S.course("P1", quota: 3, window: [0]), S.course("P2", quota: 3, window: [1])])
    }

    func testABlockThatFindsNothingKeepsItsGreedyCohorts() {
        let instance = twoCourses()
        // Every solve ends at its time limit with only the start it was given, as GLPK does when its root LP
        // outlasts the block's seconds.
        let solve = DecomposedSolve(instance: instance, solver: ScriptedSolver(.startOnly, delegate: GLPKSolver()),
                                    options: PlanningOptions(), clock: .now)
        let decomposition = Decomposition(instance: instance, tuning: SearchTuning())
        let greedy = GreedyPlanner(instance: instance).plan()
        XCTAssertEqual(PlanMetrics(instance: instance, plan: greedy).shortfallTotal, 0)

        let started = solve.construct(decomposition, startingFrom: greedy).plan
        XCTAssertEqual(PlanMetrics(instance: instance, plan: started).shortfallTotal, 0)
        XCTAssertEqual(started.cohorts.map(\.teachers).sorted { $0.lexicographicallyPrecedes($1) },
                       greedy.cohorts.map(\.teachers).sorted { $0.lexicographicallyPrecedes($1) })
        XCTAssertEqual(PlanChecker(instance: instance).violations(of: started).map(\.rule), [])

        let unstarted = solve.construct(decomposition).plan
        XCTAssertEqual(PlanMetrics(instance: instance, plan: unstarted).shortfallTotal, 6, "no start, no cohort")
    }

    /// Building a city block's model can take its whole share of the time: its first solve still runs (20 of a
    /// city's 103 construction blocks were skipped, and kept no cohort).
    func testABlockWhoseTimeWentOnBuildingIsStillSolved() throws {
        let instance = twoCourses()
        let solve = DecomposedSolve(instance: instance, solver: GLPKSolver(), options: PlanningOptions(), clock: .now)
        let decomposition = Decomposition(instance: instance, tuning: SearchTuning())
        let outcome = solve.solveBlock([decomposition.blocks[0]], keeping: Plan(cohorts: []), seconds: 0)
        let plan = try XCTUnwrap(outcome.plan, "a block with no seconds left is solved once")
        XCTAssertEqual(PlanMetrics(instance: instance, plan: plan).shortfallTotal, 3, "the first course's 3 seats are filled, the other's not")
        XCTAssertEqual(PlanChecker(instance: instance).violations(of: plan).map(\.rule), [])
    }

    /// A block whose first solve finds nothing is solved again over the known plan's schedules only: a small
    /// model that is solved for cost, where the whole block from the known plan was as large as the first
    /// (a county's 368-seat course: 34,745 columns ending at its limit; over the greedy plan's schedules
    /// 5,660 columns, optimal in 1.7 s). One course of two seats on any of ten days; four teachers with 0,
    /// 90, 180 and 270 of the 360 target hours (rewards 100, 75, 50, 25), 10 points a teaching day. Here no
    /// model over all ten days is solved; over the greedy plan's day the best is T1 and T2: 2 × 10 − 175.
    func testABlockThatFindsNothingIsSolvedOverTheKnownSchedules() throws {
        var weights = S.zeroWeights()
        weights.priority = 100
        weights.teachingDay = 10
        let teachers = (0..<4).map { S.teacher("T\($0 + 1)", school: "S\($0 + 1)", cycleHours: Double(90 * $0)) }
        let course = with(S.course("P1", quota: 2, window: Array(0..<10))) { $0.quotaMax = 2 }
        let instance = S.make(teachers: teachers, programmes: [course], schools: (1...4).map { S.school("S\($0)") }, weights: weights)
        let decomposition = Decomposition(instance: instance, tuning: SearchTuning())
        let greedy = GreedyPlanner(instance: instance).plan()
        let greedyDays = Set(greedy.cohorts.flatMap(\.sessions))
        XCTAssertEqual(greedyDays.count, 1)
        let everyDay = ModelBuilder(instance: instance).build().mip.variables.count
        let solve = DecomposedSolve(instance: instance, solver: ScriptedSolver(.mipsUnsolvedAbove(columns: everyDay / 2), delegate: GLPKSolver()),
                                    options: PlanningOptions(), clock: .now)
        let plan = solve.construct(decomposition, startingFrom: greedy).plan
        XCTAssertEqual(PlanChecker(instance: instance).violations(of: plan).map(\.rule), [])
        XCTAssertEqual(PlanMetrics(instance: instance, plan: plan).objective, -155, accuracy: 1e-6)
        XCTAssertEqual(plan.cohorts.flatMap(\.teachers).sorted(), [0, 1])
        XCTAssertEqual(Set(plan.cohorts.flatMap(\.sessions)), greedyDays)
    }
}
