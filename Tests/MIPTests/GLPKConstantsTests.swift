import CGLPK
@testable import GLPKSolver
import MIP
import XCTest

/// The Swift names carry literal values; these checks tie each to glpk.h.
final class GLPKConstantsTests: XCTestCase {
    func testValuesMatchGlpkHeader() {
        XCTAssertEqual(GLPKColumnKind.continuous.rawValue, GLP_CV)
        XCTAssertEqual(GLPKColumnKind.integer.rawValue, GLP_IV)
        XCTAssertEqual(GLPKColumnKind.binary.rawValue, GLP_BV)
        XCTAssertEqual(
            [GLPKBoundType.free, .lowerOnly, .upperOnly, .doubleBounded, .fixed].map(\.rawValue),
            [GLP_FR, GLP_LO, GLP_UP, GLP_DB, GLP_FX])
        XCTAssertEqual(
            [GLPKSolutionStatus.undefined, .feasible, .infeasible, .noFeasible, .optimal, .unbounded].map(\.rawValue),
            [GLP_UNDEF, GLP_FEAS, GLP_INFEAS, GLP_NOFEAS, GLP_OPT, GLP_UNBND])
        XCTAssertEqual(
            [GLPKReturnCode.invalidBasis, .singularMatrix, .illConditioned, .invalidBounds, .solverFailed,
             .objectiveLowerLimit, .objectiveUpperLimit, .iterationLimit, .timeLimit, .noPrimalFeasible,
             .noDualFeasible, .rootLPNotOptimal, .stoppedByApplication, .relativeGapReached].map(\.rawValue),
            [GLP_EBADB, GLP_ESING, GLP_ECOND, GLP_EBOUND, GLP_EFAIL, GLP_EOBJLL, GLP_EOBJUL, GLP_EITLIM,
             GLP_ETMLIM, GLP_ENOPFS, GLP_ENODFS, GLP_EROOT, GLP_ESTOP, GLP_EMIPGAP])
        XCTAssertEqual(
            [GLPKSearchEvent.rowGeneration, .newIncumbent, .heuristicRequest, .cutGeneration, .branchingRequest,
             .subproblemSelection, .preprocessing].map(\.rawValue),
            [GLP_IROWGEN, GLP_IBINGO, GLP_IHEUR, GLP_ICUTGEN, GLP_IBRANCH, GLP_ISELECT, GLP_IPREPRO])
        XCTAssertEqual(GLPKMessageLevel.errorsOnly.rawValue, GLP_MSG_ERR)
        XCTAssertEqual(GLPKMessageLevel.normal.rawValue, GLP_MSG_ON)
        XCTAssertEqual(GLPKSimplexMethod.dualThenPrimal.rawValue, GLP_DUALP)
        XCTAssertEqual(GLPKRatioTest.longStep.rawValue, GLP_RT_FLIP)
        XCTAssertEqual(GLPKMPSFormat.free.rawValue, GLP_MPS_FILE)
        XCTAssertEqual(
            SolverOptions.Branching.allCases.map(\.glpkCode), [GLP_BR_FFV, GLP_BR_LFV, GLP_BR_MFV, GLP_BR_DTH])
        XCTAssertEqual(
            SolverOptions.Backtracking.allCases.map(\.glpkCode), [GLP_BT_DFS, GLP_BT_BFS, GLP_BT_BLB, GLP_BT_BPH])
    }

    func testBoundTypeFollowsWhichSidesAreFinite() {
        XCTAssertEqual(GLPKBoundType(lower: -.infinity, upper: .infinity), .free)
        XCTAssertEqual(GLPKBoundType(lower: 0, upper: .infinity), .lowerOnly)
        XCTAssertEqual(GLPKBoundType(lower: -.infinity, upper: 0), .upperOnly)
        XCTAssertEqual(GLPKBoundType(lower: 0, upper: 1), .doubleBounded)
        XCTAssertEqual(GLPKBoundType(lower: 2, upper: 2), .fixed)
    }
}
