import TestSupport
import TrainPlanCore
import XCTest

/// Solves, runs the independent checker on the written plan, and asserts it passes and the objective
/// equals the hand-computed optimum.
class SolveTestCase: XCTestCase {
    @discardableResult
    func solve(_ instance: Instance, expectObjective expected: Double, file: StaticString = #filePath, line: UInt = #line)
        throws -> PlanResult
    {
        let checked = try SolveAndCheck.run(instance)
        let violations = checked.report.violations.map { $0.message(.en) }
        XCTAssertTrue(checked.report.isValid, "checker: \(violations)", file: file, line: line)
        XCTAssertEqual(checked.result.status, .optimal, file: file, line: line)
        XCTAssertEqual(checked.result.objective, expected, accuracy: 1e-6, file: file, line: line)
        XCTAssertEqual(checked.report.objective, expected, accuracy: 1e-6, file: file, line: line)
        XCTAssertLessThanOrEqual(checked.result.bound, checked.result.objective + 1e-6, file: file, line: line)
        return checked.result
    }
}
