import GLPKSolver
import MIP
import XCTest

/// `Model.fixing`: the model over the free variables must have the same optimum as the whole model with
/// those variables fixed, and its solutions must expand back to full, feasible ones.
final class FixingTests: XCTestCase {
    /// The knapsack of `TestModels` (values 10, 13, 7, 8, 4; weights 5, 6, 4, 3, 2; capacity 10) with item 1
    /// (value 13, weight 6) forced in: 4 units of capacity are left, and the best is item 3 (8, weight 3):
    /// value 21, where the free optimum is 22 (items 0, 3, 4).
    func testFixingAnItemLeavesTheBestOfTheRest() throws {
        let model = TestModels.knapsack()
        let fixed = try XCTUnwrap(model.fixing([1: 1]))
        XCTAssertEqual(fixed.model.variables.count, 4)
        XCTAssertEqual(fixed.freeColumns, [0, 2, 3, 4])
        XCTAssertEqual(fixed.model.objectiveConstant, -13)
        XCTAssertEqual(fixed.model.constraints[0].upper, 4)

        let result = try GLPKSolver().solve(fixed.model, options: SolverOptions())
        XCTAssertEqual(try XCTUnwrap(result.objective), -21, accuracy: 1e-9)
        let full = fixed.expand(result.values)
        XCTAssertEqual(full, [0, 1, 0, 1, 0])
        XCTAssertEqual(model.objectiveValue(full), -21, accuracy: 1e-9)
    }

    /// Rows ab (a + b ≤ 1) and bc (b + c ≥ 1): fixing a = b = 1 breaks row ab, which then holds only fixed
    /// variables, so there is no model to solve; fixing a = 1, b = 0 leaves row bc as c ≥ 1.
    func testFixingThatBreaksARowOfFixedVariablesOnlyIsRefused() {
        var model = Model(name: "two")
        let a = model.addVariable("a", kind: .binary, upper: 1, cost: 1)
        let b = model.addVariable("b", kind: .binary, upper: 1, cost: 1)
        let c = model.addVariable("c", kind: .binary, upper: 1, cost: 1)
        model.addConstraint("ab", [Term(a), Term(b)], upper: 1)
        model.addConstraint("bc", [Term(b), Term(c)], lower: 1)
        XCTAssertNil(model.fixing([0: 1, 1: 1]))
        XCTAssertNotNil(model.fixing([0: 1, 1: 0]))
        XCTAssertEqual(model.fixing([0: 1, 1: 0])?.model.constraints.map(\.name), ["bc"])
        XCTAssertEqual(model.fixing([0: 1, 1: 0])?.model.constraints.first?.lower, 1)
    }

    /// A starting solution restricted to the free variables and expanded again is the same assignment.
    func testRestrictAndExpandRoundTrip() throws {
        let model = TestModels.knapsack()
        let fixed = try XCTUnwrap(model.fixing([0: 1, 4: 1]))
        let start = TestModels.knapsackChoice
        XCTAssertEqual(fixed.restrict(start), [0, 0, 1])
        XCTAssertEqual(fixed.expand(fixed.restrict(start)), start)
    }
}
