import MIP
import TestSupport
import TrainPlanCore
import XCTest

/// A plan offered back to the model as a start (what-if scenarios start from the base plan) must be a
/// feasible point of the model whose objective is the plan's SPEC objective.
final class StartingPlanTests: XCTestCase {
    typealias S = SmallInstance

    func testSolvedPlanEncodesToAFeasiblePointWithTheSameObjective() throws {
        var weights = S.zeroWeights()
        weights.teachingDay = 100
        weights.concentration = 200
        weights.priority = 50
        weights.km = 1
        let teachers = (0..<12).map { S.teacher(String(format: "T%02d", $0), cycleHours: Double($0 * 30)) }
        let programmes = [
            with(S.course("P1", quota: 3, window: [0, 1])) { $0.cohortCost = 300 },
            with(S.course("P2", quota: 2, days: 2)) { $0.sessions = 1 },
        ]
        let instance = S.make(teachers: teachers, programmes: programmes, sites: [S.center(rooms: 2)], weights: weights,
                              distances: ["S1": ["C1": 7]])
        let checked = try SolveAndCheck.run(instance)
        XCTAssertTrue(checked.report.isValid)

        let model = ModelBuilder(instance: instance).build()
        let start = model.startingValues(for: checked.result.plan)
        for row in model.mip.constraints {
            let activity = row.terms.reduce(0.0) { $0 + $1.coefficient * start[$1.variable.index] }
            XCTAssertGreaterThanOrEqual(activity, row.lower - 1e-9, row.name)
            XCTAssertLessThanOrEqual(activity, row.upper + 1e-9, row.name)
        }
        XCTAssertEqual(model.mip.objectiveValue(start), checked.result.objective, accuracy: 1e-6)
    }

    func testCompletionRaisesSlacksAndRewardsOnlyAsRowsAllow() {
        var model = Model()
        let assigned = model.addVariable("x", kind: .integer, upper: 10)
        let shortfall = model.addVariable("s", upper: 5, cost: 1000)
        let reward = model.addVariable("u", upper: 4, cost: -50)
        model.addConstraint("quota", [Term(assigned), Term(shortfall)], lower: 5)  // x + s ≥ 5
        model.addConstraint("trained", [Term(reward), Term(assigned, -1)], upper: 0)  // u ≤ x
        let completed = model.completingContinuous([3, 0, 0])
        XCTAssertEqual(completed, [3, 2, 3])  // s = 5 − 3, u = min(4, 3)
    }
}
