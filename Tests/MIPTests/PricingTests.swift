import GLPKSolver
import MIP
import XCTest

/// `Model.pricedLPBound` must reach the LP optimum from columns that leave it out, and never pass it.
final class PricingTests: XCTestCase {
    /// `TestModels.transport()` (optimum 9), and a start that holds only the two dear routes A→2 and B→1, and
    /// the unserved columns.
    private func transport() -> (model: Model, start: [Int]) {
        let (model, x, unserved) = TestModels.transport()
        return (model, [x[0][1].index, x[1][0].index] + unserved.map(\.index))
    }

    func testPricingReachesTheLPOptimumFromAStartWithoutIt() throws {
        let (model, start) = transport()
        var options = SolverOptions()
        options.timeLimit = 30
        let priced = try XCTUnwrap(model.pricedLPBound(startingWith: start, solver: GLPKSolver(), options: options))
        XCTAssertTrue(priced.converged)
        XCTAssertGreaterThan(priced.rounds, 1, "the cheap routes had to be priced in")
        XCTAssertEqual(priced.bound, 9, accuracy: 1e-7)
        XCTAssertEqual(model.objectiveValue(priced.values), 9, accuracy: 1e-7)

        var lp = SolverOptions()
        lp.relaxation = true
        XCTAssertEqual(try XCTUnwrap(GLPKSolver().solve(model, options: lp).objective), 9, accuracy: 1e-7)
    }

    /// One column per round: every round's bound is a bound, so the best of them never exceeds the optimum.
    func testBoundOfEarlyRoundsStaysBelowTheOptimum() throws {
        let (model, start) = transport()
        var options = SolverOptions()
        options.timeLimit = 30
        let priced = try XCTUnwrap(model.pricedLPBound(startingWith: start, solver: GLPKSolver(), options: options,
                                                       columnsPerRound: 1))
        XCTAssertGreaterThanOrEqual(priced.rounds, 2)
        XCTAssertLessThanOrEqual(priced.bound, 9 + 1e-7)
        XCTAssertEqual(priced.bound, 9, accuracy: 1e-7)
    }

    /// L(y) by hand on the transport model (rows seatsA, seatsB, need1, need2). The optimal duals (−2, 0, 3, 2)
    /// give the optimum 9; half of them give 2·(−1) + 3·1.5 + 2·1 = 4.5 with every reduced cost ≥ 0; a dual of
    /// the wrong sign on seatsA (+5, an upper row) counts as 0, so A→1's reduced cost is 1 − 3 = −2 at its
    /// upper bound 10: 9 + 4 − 20 = −7. Each is at most the optimum.
    func testAnyRowDualsBoundTheLPAndTheOptimalOnesGiveItsOptimum() {
        let (model, _) = transport()
        XCTAssertEqual(model.lagrangian(rowDuals: [-2, 0, 3, 2]).bound, 9, accuracy: 1e-9)
        XCTAssertEqual(model.lagrangian(rowDuals: [-1, 0, 1.5, 1]).bound, 4.5, accuracy: 1e-9)
        XCTAssertEqual(model.lagrangian(rowDuals: [5, 0, 3, 2]).bound, -7, accuracy: 1e-9)
        XCTAssertEqual(model.lagrangian(rowDuals: [0, 0, 0, 0]).bound, 0, accuracy: 1e-9)
    }

    /// An LP stopped by its time limit still hands back its last basis's row duals, and they bound its optimum:
    /// the decomposed bound uses them for a programme whose LP does not finish in its share. Stopped at 60 %,
    /// 75 % and 90 % of the time the whole solve took, every L(y) is at most the optimum and the later ones are
    /// well above the trivial bound 0 (every cost is positive and every column starts at 0; an LP stopped
    /// before its simplex starts leaves no duals and L = 0).
    func testAnLPStoppedByItsTimeLimitStillBoundsItsOptimum() throws {
        let (model, _, _) = TestModels.largeAssignment(size: 300)
        XCTAssertEqual(model.leastObjectiveOverBounds, 0)
        var options = SolverOptions()
        options.relaxation = true
        options.timeLimit = 60
        let whole = try GLPKSolver().solve(model, options: options)
        let optimum = try XCTUnwrap(whole.objective)
        XCTAssertEqual(model.lagrangian(rowDuals: whole.duals).bound, optimum, accuracy: 1e-6)
        var best = 0.0
        for share in [0.6, 0.75, 0.9] {
            options.timeLimit = share * whole.seconds
            let stopped = try GLPKSolver().solve(model, options: options)
            guard stopped.termination == .timeLimit else { continue }
            XCTAssertEqual(stopped.duals.count, model.constraints.count)
            let partial = model.lagrangian(rowDuals: stopped.duals).bound
            XCTAssertLessThanOrEqual(partial, optimum + 1e-6)
            best = max(best, partial)
        }
        XCTAssertGreaterThan(best, 0.5 * optimum, "a basis stopped near the end bounds nearly as well as the optimum")
    }
}
