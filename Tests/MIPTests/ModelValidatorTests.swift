@testable import GLPKSolver
import MIP
import XCTest

/// Each validation message, and that a bad model is refused before GLPK sees it.
final class ModelValidatorTests: XCTestCase {
    func testNaNCoefficientIsRefusedByTheSolver() throws {
        var model = Model()
        let x = model.addVariable("x")
        model.addConstraint("row", [Term(x, .nan)], upper: 1)
        XCTAssertThrowsError(try GLPKSolver().solve(model, options: SolverOptions())) { error in
            XCTAssertEqual(
                "\(error)", "Row 'row' has coefficient 'nan' for variable 'x', which is not a finite number")
        }
    }

    func testIndexOutOfRangeIsRefusedByTheSolver() throws {
        var model = Model()
        model.addVariable("x")
        model.addConstraint("row", [Term(Variable(index: 7))], upper: 1)
        XCTAssertThrowsError(try GLPKSolver().solve(model, options: SolverOptions())) { error in
            XCTAssertEqual("\(error)", "Row 'row' refers to variable index '7', but the model has 1 variables")
        }
        // The process survives and the next solve works.
        XCTAssertEqual(try GLPKSolver().solve(TestModels.knapsack(), options: SolverOptions()).termination, .optimal)
    }

    func testInvalidOptionsAreRefused() {
        var options = SolverOptions()
        options.relativeGap = -1
        XCTAssertThrowsError(try GLPKSolver().solve(TestModels.knapsack(), options: options)) { error in
            XCTAssertEqual("\(error)", "Value -1.0 for option 'relativeGap' is below lower bound of 0")
        }
    }

    func testObjectiveConstant() {
        var model = Model()
        model.objectiveConstant = .infinity
        XCTAssertEqual(ModelValidator.problems(in: model), ["Objective constant 'inf' is not a finite number"])
    }

    func testCost() {
        var model = Model()
        model.addVariable("x", cost: .nan)
        XCTAssertEqual(
            ModelValidator.problems(in: model), ["Variable 'x' has cost 'nan', which is not a finite number"])
    }

    func testUnusableBounds() {
        var model = Model()
        model.addVariable("x", lower: .infinity, upper: .nan)
        model.addConstraint("r", [], lower: .nan, upper: -.infinity)
        XCTAssertEqual(ModelValidator.problems(in: model), [
            "Variable 'x' has lower bound 'inf', which is not a usable lower bound",
            "Variable 'x' has upper bound 'nan', which is not a usable upper bound",
            "Row 'r' has lower bound 'nan', which is not a usable lower bound",
            "Row 'r' has upper bound '-inf', which is not a usable upper bound",
        ])
    }

    func testLowerAboveUpper() {
        var model = Model()
        model.addVariable("x", lower: 3, upper: 2)
        model.addConstraint("r", [], lower: 1, upper: 0)
        XCTAssertEqual(ModelValidator.problems(in: model), [
            "Variable 'x' has lower bound '3.0' above its upper bound '2.0'",
            "Row 'r' has lower bound '1.0' above its upper bound '0.0'",
        ])
    }

    func testFractionalIntegerBounds() {
        var model = Model()
        model.addVariable("n", kind: .integer, lower: 0.5, upper: 2.5)
        XCTAssertEqual(ModelValidator.problems(in: model), [
            "Integer variable 'n' has fractional lower bound '0.5'",
            "Integer variable 'n' has fractional upper bound '2.5'",
        ])
    }

    func testBinaryBounds() {
        var model = Model()
        model.addVariable("b", kind: .binary, lower: -1, upper: 2)
        model.addVariable("default", kind: .binary)
        model.addVariable("half", kind: .binary, upper: 0.5)
        XCTAssertEqual(ModelValidator.problems(in: model), [
            "Binary variable 'b' has lower bound '-1.0' outside [0, 1]",
            "Binary variable 'b' has upper bound '2.0' outside [0, 1]",
            "Integer variable 'half' has fractional upper bound '0.5'",
        ])
    }

    func testDuplicateVariableInRow() {
        var model = Model()
        let x = model.addVariable("x")
        model.addConstraint("r", [Term(x), Term(x, 2)], upper: 1)
        XCTAssertEqual(ModelValidator.problems(in: model), ["Row 'r' mentions variable 'x' more than once"])
    }

    func testStartingSolutionLength() {
        XCTAssertEqual(
            ModelValidator.problems(inStartingSolution: [1], for: TestModels.knapsack()),
            ["Starting solution has 1 values, but the model has 5 variables"])
    }

    func testStartingSolutionValues() {
        XCTAssertEqual(
            ModelValidator.problems(inStartingSolution: [0, .nan, 0, 0, 0], for: TestModels.knapsack()),
            ["Starting solution value 'nan' for variable 'take1' is not a finite number"])
    }

    func testManyProblemsAreCappedInTheError() {
        var model = Model()
        for index in 0..<12 { model.addVariable("x\(index)", cost: .nan) }
        XCTAssertThrowsError(try ModelValidator.check(model, startingSolution: nil)) { error in
            let lines = "\(error)".split(separator: "\n")
            XCTAssertEqual(lines.count, 11)
            XCTAssertEqual(lines.last, "… and 2 more problems")
        }
    }
}
