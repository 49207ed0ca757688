@testable import GLPKSolver
import MIP
import XCTest

final class StartingSolutionTests: XCTestCase {
    func testNearlyIntegralValuesAreRounded() {
        let start = [1 + 1e-8, 0, 0, 1 - 1e-8, 1]
        XCTAssertEqual(StartingSolution.check(start, for: TestModels.knapsack()), .usable(TestModels.knapsackChoice))
    }

    func testValueOutsideBounds() {
        XCTAssertEqual(
            StartingSolution.check([2, 0, 0, 0, 0], for: TestModels.knapsack()),
            .unusable("Starting solution skipped: variable 'take0' = '2.0' is outside its bounds"))
    }

    func testFractionalInteger() {
        XCTAssertEqual(
            StartingSolution.check([0.5, 0, 0, 0, 0], for: TestModels.knapsack()),
            .unusable("Starting solution skipped: integer variable 'take0' = '0.5' is not integral"))
    }

    func testViolatedRow() {
        XCTAssertEqual(
            StartingSolution.check([1, 1, 0, 0, 0], for: TestModels.knapsack()),
            .unusable("Starting solution skipped: row 'capacity' has activity '11.0' outside its bounds"))
    }

    func testContinuousValuesAreClampedIntoTheirBounds() {
        var model = Model()
        model.addVariable("x", lower: 0, upper: 1)
        XCTAssertEqual(StartingSolution.check([1 + 1e-9], for: model), .usable([1]))
    }
}
