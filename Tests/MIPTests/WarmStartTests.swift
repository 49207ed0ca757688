import GLPKSolver
import MIP
import XCTest

/// An LP started from a basis (`SolverOptions.startingBasis`): from its own optimal basis it needs no
/// iteration, from the basis of other costs it still reaches the new optimum, a MIP's root LP starts from it
/// too, and a basis that does not fit or does not factorize is set aside, never a failure.
final class WarmStartTests: XCTestCase {
    /// `TestModels.transport`: optimum 9 with A→1 = 1, 15 with A→1 = 5 (worked out there).
    private func transport(costAToPoint1: Double) -> Model { TestModels.transport(costAToPoint1: costAToPoint1).model }

    private func lp(from basis: LPBasis? = nil, log: LineLog? = nil) -> SolverOptions {
        var options = SolverOptions()
        options.relaxation = true
        options.startingBasis = basis
        if let log { options.log = { log.append($0) } }
        return options
    }

    func testTheOptimalBasisGivenBackNeedsNoIteration() throws {
        let model = transport(costAToPoint1: 1)
        let cold = try GLPKSolver().solve(model, options: lp())
        XCTAssertEqual(try XCTUnwrap(cold.objective), 9, accuracy: 1e-9)
        XCTAssertGreaterThan(cold.simplexIterations, 0)
        let basis = try XCTUnwrap(cold.basis)
        XCTAssertTrue(basis.fits(model))
        XCTAssertTrue(basis.primalFeasible && basis.dualFeasible, "an optimum")

        let warm = try GLPKSolver().solve(model, options: lp(from: basis))
        XCTAssertEqual(try XCTUnwrap(warm.objective), 9, accuracy: 1e-9)
        XCTAssertEqual(warm.simplexIterations, 0)
    }

    /// The assignment's LP optimum is integral, so the MIP's only LP is its root: from the LP's optimal basis
    /// (the bound worker hands its whole LP's to the exact whole-model MIP) it takes no iteration.
    func testAMIPsRootLPStartsFromTheLPsBasis() throws {
        let model = TestModels.assignment()
        let basis = try XCTUnwrap(GLPKSolver().solve(model, options: lp()).basis)
        let cold = try GLPKSolver().solve(model, options: SolverOptions())
        var warmOptions = SolverOptions()
        warmOptions.startingBasis = basis
        let warm = try GLPKSolver().solve(model, options: warmOptions)
        for result in [cold, warm] {
            XCTAssertEqual(result.termination, .optimal)
            XCTAssertEqual(try XCTUnwrap(result.objective), TestModels.assignmentOptimum, accuracy: 1e-9)
        }
        XCTAssertGreaterThan(cold.simplexIterations, 0)
        XCTAssertEqual(warm.simplexIterations, 0)
    }

    func testABasisOfOtherCostsStartsTheNewLPAndReachesItsOptimum() throws {
        let basis = try XCTUnwrap(GLPKSolver().solve(transport(costAToPoint1: 1), options: lp()).basis)
        let dearer = transport(costAToPoint1: 5)
        let cold = try GLPKSolver().solve(dearer, options: lp())
        let warm = try GLPKSolver().solve(dearer, options: lp(from: basis))
        XCTAssertEqual(try XCTUnwrap(cold.objective), 15, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(warm.objective), 15, accuracy: 1e-9)
        XCTAssertEqual(warm.termination, .optimal)
        XCTAssertLessThan(warm.simplexIterations, cold.simplexIterations, "it starts one exchange away")
    }

    /// A basis of another model's size, and one whose basic columns leave the row `need2` without any (a
    /// singular basis matrix): each is set aside with a note and the LP is solved as without it.
    func testABasisThatDoesNotFitOrIsSingularIsSetAside() throws {
        let model = transport(costAToPoint1: 1)
        let wrongSize = LPBasis(columns: [.basic], rows: [.atLower], primalFeasible: true, dualFeasible: true)
        // Basic: x00, x10, unserved0 and need1's slack; none of them is in need2.
        let singular = LPBasis(columns: [.basic, .atLower, .basic, .atLower, .basic, .atLower],
                               rows: [.atUpper, .atUpper, .basic, .atLower], primalFeasible: false, dualFeasible: false)
        XCTAssertTrue(singular.fits(model), "the right size and one basic variable per row")
        for basis in [wrongSize, singular] {
            let log = LineLog()
            let result = try GLPKSolver().solve(model, options: lp(from: basis, log: log))
            XCTAssertEqual(result.termination, .optimal)
            XCTAssertEqual(try XCTUnwrap(result.objective), 9, accuracy: 1e-9)
            XCTAssertTrue(log.lines.contains { $0.contains("Starting basis set aside") }, log.lines.joined(separator: "\n"))
        }
    }
}
