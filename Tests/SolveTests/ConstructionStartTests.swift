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

        let started = solve.construct(decomposition, startingFrom: greedy)
        XCTAssertEqual(PlanMetrics(instance: instance, plan: started).shortfallTotal, 0)
        XCTAssertEqual(started.cohorts.map(\.teachers).sorted { $0.lexicographicallyPrecedes($1) },
                       greedy.cohorts.map(\.teachers).sorted { $0.lexicographicallyPrecedes($1) })
        XCTAssertEqual(PlanChecker(instance: instance).violations(of: started).map(\.rule), [])

        let unstarted = solve.construct(decomposition)
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
}
