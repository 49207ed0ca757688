import GLPKSolver
import PlanCheck
import TestSupport
@testable import TrainPlanCore
import XCTest

/// A neighbourhood above its column limit is not solved. Its layout's opening and assignment columns are a
/// floor on its columns: above the limit there, the model is not even built; otherwise its full column count
/// (with shortfall and other continuous columns) is what the limit is held against.
final class NeighbourhoodSizeTests: XCTestCase {
    typealias S = SmallInstance

    func testANeighbourhoodAboveItsLimitIsNeverSolved() throws {
        let teachers = (1...6).map { S.teacher("T\($0)") }
        let instance = S.make(teachers: teachers, programmes: [S.course("P1", quota: 3, window: [0, 1]), S.course("P2", quota: 3, window: [2])])
        let decomposition = Decomposition(instance: instance, tuning: SearchTuning())
        let block = try XCTUnwrap(decomposition.blocks.first { $0.name == "P1" })
        // A solver that fails every call: reaching it ends as "no solution (error)", not as "too large".
        let failing = DecomposedSolve(instance: instance, solver: ScriptedSolver(.failing, delegate: GLPKSolver()),
                                      options: PlanningOptions(), clock: .now)
        func outcome(limit: Int) -> BlockOutcome {
            failing.solveBlock([block], keeping: Plan(cohorts: []), seconds: 5, columnLimit: limit)
        }
        guard case .tooLarge(let decisionColumns) = outcome(limit: 1) else { return XCTFail("sized by its layout") }
        XCTAssertGreaterThan(decisionColumns, 1)
        guard case .tooLarge(let columns) = outcome(limit: decisionColumns) else {
            return XCTFail("its shortfall column counts too")
        }
        XCTAssertGreaterThan(columns, decisionColumns)
        guard case .noSolution(.error, _) = outcome(limit: columns) else { return XCTFail("at the limit it is solved") }

        let solve = DecomposedSolve(instance: instance, solver: GLPKSolver(), options: PlanningOptions(), clock: .now)
        let plan = try XCTUnwrap(solve.solveBlock([block], keeping: Plan(cohorts: []), seconds: 5, columnLimit: columns).plan)
        XCTAssertEqual(PlanMetrics(instance: instance, plan: plan).shortfallTotal, 3, "P1's 3 seats filled, P2's not planned")
        XCTAssertEqual(PlanChecker(instance: instance).violations(of: plan).map(\.rule), [])
    }
}
