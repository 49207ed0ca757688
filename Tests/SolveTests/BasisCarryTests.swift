import Foundation
import GLPKSolver
import MIP
import TestSupport
@testable import TrainPlanCore
import XCTest

/// The bound's rounds build each programme's model again with new priority multipliers; only the reward's
/// rows and columns change, so the last round's basis carries over (`PlanningModel.carrying`) and the next
/// LP starts from it.
final class BasisCarryTests: XCTestCase {
    typealias S = SmallInstance

    /// Six teachers of one school with 0, 60 and 120 hours (target 360: rewards 50, 41.7 and 33.3 at weight
    /// 50) and two one-day courses of 3 seats (10 points a teaching day) that any of them may take.
    private func instance() -> Instance {
        var weights = S.zeroWeights(shortfall: 1000)
        weights.teachingDay = 10
        weights.priority = 50
        let teachers = (0..<6).map { S.teacher("T\($0)", cycleHours: Double(60 * ($0 / 2))) }
        return S.make(teachers: teachers, programmes: [S.course("P1", quota: 3, window: [0]), S.course("P2", quota: 3, window: [1])],
                      weights: weights)
    }

    private func model(_ instance: Instance, multipliers: [Int: Double]) -> PlanningModel {
        var builder = ModelBuilder(instance: instance)
        builder.priorityMultipliers = multipliers
        return builder.build()
    }

    private var lp: SolverOptions {
        var options = SolverOptions()
        options.relaxation = true
        return options
    }

    /// The LP of `mip` from `carried` and from scratch: GLPK takes the carried basis, and both end at the
    /// same optimum.
    private func solveFromAndCold(_ carried: LPBasis, _ mip: Model,
                                  file: StaticString = #filePath, line: UInt = #line) throws -> (started: SolveResult, cold: SolveResult) {
        var warm = lp
        warm.startingBasis = carried
        let log = LogLines()
        warm.log = { log.append($0) }
        let started = try GLPKSolver().solve(mip, options: warm)
        let cold = try GLPKSolver().solve(mip, options: lp)
        XCTAssertFalse(log.lines.contains { $0.contains("Starting basis set aside") }, "GLPK took the carried basis", file: file, line: line)
        XCTAssertEqual(started.termination, .optimal, file: file, line: line)
        XCTAssertEqual(try XCTUnwrap(started.objective), try XCTUnwrap(cold.objective), accuracy: 1e-7, file: file, line: line)
        return (started, cold)
    }

    /// Multipliers that split the reward levels (two teachers of one level get different ones) leave every row
    /// and column before the reward as it was: the carried basis fits the new model and starts its LP, which
    /// ends at the same optimum as a cold start.
    func testABasisCarriesOverToTheModelOfOtherMultipliers() throws {
        let instance = instance()
        let first = model(instance, multipliers: [:])
        let solved = try GLPKSolver().solve(first.mip, options: lp)
        let basis = try XCTUnwrap(solved.basis)

        let next = model(instance, multipliers: [0: 20, 2: 45, 4: 10])
        XCTAssertEqual(next.priorityReward.firstColumn, first.priorityReward.firstColumn)
        XCTAssertEqual(next.priorityReward.firstRow, first.priorityReward.firstRow)
        XCTAssertGreaterThan(next.mip.variables.count, first.mip.variables.count, "the multipliers split levels")
        let carried = try XCTUnwrap(next.carrying(basis, from: first.priorityReward))
        XCTAssertTrue(carried.fits(next.mip))
        XCTAssertEqual(Array(carried.columns[..<first.priorityReward.firstColumn]),
                       Array(basis.columns[..<first.priorityReward.firstColumn]), "the rest of the model as it was")

        let (started, cold) = try solveFromAndCold(carried, next.mip)
        XCTAssertLessThanOrEqual(started.simplexIterations, cold.simplexIterations)
    }

    /// Multipliers that discount every level of the group to 0 leave its reward row, without columns: at the
    /// first optimum every teacher trains, so each level sits at its upper bound and the row is tight with no
    /// basic variable of its own; had the row gone, the carried basis would have one basic variable too many
    /// and the next round would start cold.
    func testABasisCarriesOverWhenTheMultipliersTakeAGroupsWholeReward() throws {
        let instance = instance()
        let first = model(instance, multipliers: [:])
        let basis = try XCTUnwrap(GLPKSolver().solve(first.mip, options: lp).basis)

        let next = model(instance, multipliers: Dictionary(uniqueKeysWithValues: (0..<6).map { ($0, 50.0) }))
        XCTAssertEqual(next.priorityReward.groups.map(\.levels), [0], "the group keeps its row, without levels")
        let carried = try XCTUnwrap(next.carrying(basis, from: first.priorityReward))
        let cold = try solveFromAndCold(carried, next.mip).cold
        XCTAssertEqual(try XCTUnwrap(cold.objective), 60, accuracy: 1e-7, "six teaching days at 10, no reward left")
    }

    /// A model of other blocks (here one course instead of both) has other rows: nothing is carried.
    func testNothingCarriesToAModelOfOtherBlocks() throws {
        let instance = instance()
        let both = model(instance, multipliers: [:])
        let basis = try XCTUnwrap(GLPKSolver().solve(both.mip, options: lp).basis)
        var builder = ModelBuilder(instance: instance, scope: { $0.programme == 0 })
        builder.priorityMultipliers = [0: 20]
        XCTAssertNil(builder.build().carrying(basis, from: both.priorityReward))
    }
}

