import GLPKSolver
import MIP
import XCTest

/// `Model.aggregatingColumns` must give a relaxation: its LP never above the model's optimum.
final class AggregationTests: XCTestCase {
    /// Two teachers A, B and two sites; site 1 has one seat. Costs A→1 = 1, A→2 = 4, B→1 = 2, B→2 = 3.
    /// Optimum: A→1, B→2 = 4. Merging each teacher's two columns drops the seat row (it meets each set on
    /// one member only), so each teacher takes its cheapest cost: 1 + 2 = 3.
    private func twoTeachers() -> Model {
        var model = Model(name: "two-teachers")
        let a1 = model.addVariable("a1", kind: .binary, upper: 1, cost: 1)
        let a2 = model.addVariable("a2", kind: .binary, upper: 1, cost: 4)
        let b1 = model.addVariable("b1", kind: .binary, upper: 1, cost: 2)
        let b2 = model.addVariable("b2", kind: .binary, upper: 1, cost: 3)
        model.addConstraint("A", [Term(a1), Term(a2)], lower: 1, upper: 1)
        model.addConstraint("B", [Term(b1), Term(b2)], lower: 1, upper: 1)
        model.addConstraint("seat1", [Term(a1), Term(b1)], upper: 1)
        return model
    }

    func testMergedColumnsTakeTheLeastCostAndKeepUniformRows() throws {
        let model = twoTeachers()
        let aggregated = try XCTUnwrap(model.aggregatingColumns([[0, 1], [2, 3]]))
        XCTAssertEqual(aggregated.variables.count, 2)
        XCTAssertEqual(aggregated.variables.map(\.cost), [1, 2])
        XCTAssertEqual(aggregated.variables.map(\.upper), [2, 2])
        XCTAssertEqual(aggregated.constraints.map(\.name), ["A", "B"])

        var lp = SolverOptions()
        lp.relaxation = true
        let relaxed = try GLPKSolver().solve(aggregated, options: lp)
        XCTAssertEqual(try XCTUnwrap(relaxed.objective), 3, accuracy: 1e-9)
        let exact = try GLPKSolver().solve(model, options: SolverOptions())
        XCTAssertEqual(try XCTUnwrap(exact.objective), 4, accuracy: 1e-9)
    }

    func testRowWithUnequalCoefficientsInASetIsDropped() throws {
        var model = twoTeachers()
        model.addConstraint("weighted", [Term(Variable(index: 0), 2), Term(Variable(index: 1), 1)], upper: 1)
        let aggregated = try XCTUnwrap(model.aggregatingColumns([[0, 1], [2, 3]]))
        XCTAssertFalse(aggregated.constraints.contains { $0.name == "weighted" })
    }

    func testNegativeLowerBoundIsRefused() {
        var model = Model()
        model.addVariable("x", lower: -1, upper: 1, cost: 1)
        model.addVariable("y", lower: 0, upper: 1, cost: 2)
        XCTAssertNil(model.aggregatingColumns([[0, 1]]))
    }
}
