import GLPKSolver
import PlanCheck
import TestSupport
@testable import TrainPlanCore
import XCTest

/// The construction stage starts each block from its cohorts in a known plan (the greedy plan), so a block
/// whose solve finds nothing in time keeps them instead of getting no cohort at all.
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
}
