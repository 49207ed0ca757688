@testable import GLPKSolver
import MIP
import XCTest

/// Every glp_simplex / glp_intopt return code and the statuses that decide the reason.
final class TerminationMappingTests: XCTestCase {
    func testSimplexSuccessReadsTheLPStatus() {
        XCTAssertEqual(verdict(.simplex, .success, lp: .optimal), .init(.optimal, true))
        XCTAssertEqual(verdict(.simplex, .success, lp: .noFeasible, primal: .noFeasible), .init(.infeasible, false))
        XCTAssertEqual(verdict(.simplex, .success, lp: .unbounded), .init(.unbounded, false))
        XCTAssertEqual(
            verdict(.simplex, .success, lp: .undefined, primal: .feasible, dual: .noFeasible), .init(.unbounded, false))
        XCTAssertEqual(verdict(.simplex, .success, lp: .undefined), .init(.error, false))
    }

    func testIntoptSuccessReadsTheMIPStatus() {
        XCTAssertEqual(verdict(.intopt, .success, mip: .optimal), .init(.optimal, true))
        XCTAssertEqual(verdict(.intopt, .success, mip: .noFeasible), .init(.infeasible, false))
        XCTAssertEqual(verdict(.intopt, .success, mip: .undefined), .init(.error, false))
    }

    func testRootLPNotOptimalReadsTheLPStatus() {
        XCTAssertEqual(verdict(.intopt, .rootLPNotOptimal, lp: .noFeasible, mip: .undefined), .init(.infeasible, false))
        XCTAssertEqual(verdict(.intopt, .rootLPNotOptimal, lp: .unbounded, mip: .undefined), .init(.unbounded, false))
    }

    func testLimitsKeepAnIncumbentWhenThereIsOne() {
        XCTAssertEqual(verdict(.intopt, .relativeGapReached, mip: .feasible), .init(.optimal, true))
        XCTAssertEqual(verdict(.intopt, .timeLimit, mip: .feasible), .init(.timeLimit, true))
        XCTAssertEqual(verdict(.intopt, .timeLimit, mip: .undefined), .init(.timeLimit, false))
        XCTAssertEqual(verdict(.simplex, .timeLimit, lp: .feasible), .init(.timeLimit, false))
        XCTAssertEqual(
            verdict(.intopt, .stoppedByApplication, mip: .feasible, stop: .timeLimit), .init(.timeLimit, true))
        XCTAssertEqual(
            verdict(.intopt, .stoppedByApplication, mip: .undefined, stop: .interrupted), .init(.interrupted, false))
    }

    func testPresolverVerdicts() {
        XCTAssertEqual(verdict(.intopt, .noPrimalFeasible, mip: .undefined), .init(.infeasible, false))
        XCTAssertEqual(verdict(.intopt, .noDualFeasible, mip: .undefined), .init(.unbounded, false))
        XCTAssertEqual(verdict(.simplex, .noPrimalFeasible), .init(.infeasible, false))
    }

    func testFailuresAreErrors() {
        let failures: [GLPKReturnCode] = [
            .invalidBasis, .singularMatrix, .illConditioned, .invalidBounds, .solverFailed,
            .objectiveLowerLimit, .objectiveUpperLimit, .iterationLimit,
        ]
        for code in failures {
            XCTAssertEqual(verdict(.intopt, code, mip: .undefined).reason, .error, code.cName)
        }
        XCTAssertEqual(verdict(.intopt, .solverFailed, mip: .feasible), .init(.error, true))
        let unknown = terminationVerdict(for: GLPKOutcome(call: .intopt, returnCode: 99))
        XCTAssertEqual(unknown.reason, .error)
        XCTAssertEqual(unknown.rawText, "glp_intopt returned 99 (unknown code); glp_mip_status ?")
    }

    func testRawText() {
        let outcome = GLPKOutcome(
            call: .intopt, returnCode: GLPKReturnCode.stoppedByApplication.rawValue, lpStatus: .optimal,
            mipStatus: .feasible, stopCause: .timeLimit)
        XCTAssertEqual(
            terminationVerdict(for: outcome).rawText,
            "glp_intopt returned 13 (GLP_ESTOP); glp_mip_status GLP_FEAS; stopped by time limit")
        let simplex = GLPKOutcome(call: .simplex, returnCode: 0, lpStatus: .noFeasible)
        XCTAssertEqual(
            terminationVerdict(for: simplex).rawText, "glp_simplex returned 0 (success); glp_get_status GLP_NOFEAS")
    }

    private func verdict(
        _ call: GLPKOutcome.Call, _ code: GLPKReturnCode, lp: GLPKSolutionStatus? = nil,
        primal: GLPKSolutionStatus? = nil, dual: GLPKSolutionStatus? = nil, mip: GLPKSolutionStatus? = nil,
        stop: StopCause? = nil
    ) -> Reason {
        let outcome = GLPKOutcome(
            call: call, returnCode: code.rawValue, lpStatus: lp, lpPrimalStatus: primal, lpDualStatus: dual,
            mipStatus: mip, stopCause: stop)
        let verdict = terminationVerdict(for: outcome)
        return Reason(verdict.reason, verdict.hasSolution)
    }

    private struct Reason: Equatable {
        var reason: TerminationReason
        var hasSolution: Bool
        init(_ reason: TerminationReason, _ hasSolution: Bool) {
            self.reason = reason
            self.hasSolution = hasSolution
        }
    }
}
