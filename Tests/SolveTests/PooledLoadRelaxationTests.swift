import GLPKSolver
import MIP
import TestSupport
@testable import TrainPlanCore
import XCTest

/// The teachers of a school pooled across teaching loads (`PooledLoadRelaxation`): the bound of a programme
/// whose own LP is too large keeps its dates and away caps, which the aggregated relaxation drops, and each
/// group's own reward.
///
/// One school of six teachers, two at each load 7, 14 and 21 periods (standard 14): a teaching day costs
/// 140 × load / 14 = 70, 140 or 210 points. A one-day course on any weekday needs 2 teachers in one cohort of
/// at least 2; the school's soft limit is 1 a day (share 0.2), each teacher-day beyond it 200 points.
final class PooledLoadRelaxationTests: XCTestCase {
    typealias S = SmallInstance

    private func instance(priority: Double = 0, concentration: Double = 200) -> Instance {
        var weights = S.zeroWeights(shortfall: 100_000)
        weights.teachingDay = 140
        weights.concentration = concentration
        weights.priority = priority
        var defaults = Defaults()
        defaults.softAwayShare = 0.2
        let teachers = [7.0, 7, 14, 14, 21, 21].enumerated().map { index, load in
            // Only the heaviest-loaded teachers lack hours (a reward when `priority` > 0).
            with(S.teacher("T\(index + 1)", cycleHours: load == 21 ? 0 : 360)) { $0.weeklyPeriods = load }
        }
        let course = with(S.course("P1", quota: 2, window: [0, 1, 2, 3, 4])) { $0.cohortMin = 2 }
        return S.make(teachers: teachers, programmes: [course], weights: weights, defaults: defaults)
    }

    private func lp(_ model: Model) throws -> Double {
        var options = SolverOptions()
        options.relaxation = true
        return try XCTUnwrap(testSolver.solve(model, options: options).objective)
    }

    /// By hand: both load-7 teachers in one cohort, 2 × 70, and one teacher-day beyond the soft limit, 200:
    /// 340, which the model's LP and the pooled LP both reach (the aggregated relaxation drops the away rows:
    /// 140), with one assignment column a weekday instead of three.
    func testThePooledLPKeepsTheAwayCostsAtTheModelsValue() throws {
        let instance = instance()
        let builder = ModelBuilder(instance: instance)
        let model = builder.build()
        let pooled = try XCTUnwrap(builder.pooledLoadRelaxation())
        XCTAssertEqual(try lp(model.mip), 340, accuracy: 1e-6)
        XCTAssertEqual(try lp(pooled.model), 340, accuracy: 1e-6)
        XCTAssertEqual(try lp(XCTUnwrap(model.aggregatedRelaxation()).model), 140, accuracy: 1e-6)
        XCTAssertEqual(model.assignments.count, 15)
        XCTAssertEqual(pooled.model.variables.filter { $0.name.hasPrefix("x") }.count, 5)

        let solved = try SolveAndCheck.run(instance)
        XCTAssertEqual(solved.result.objective, 340, accuracy: 1e-6)
        XCTAssertEqual(solved.result.status, .optimal)
        XCTAssertEqual(solved.report.violations.map(\.rule), [])
    }

    /// The reward belongs to the load-21 teachers, who lack hours: at 100 each, sending them costs 210 − 100 =
    /// 110, more than a load-7 teacher's 70, so the optimum is 140; a reward earned by the pool would let the
    /// cheap teachers collect it, 140 − 200 = −60. At 200 each they cost 10 and the optimum is 20, which a
    /// relaxation that dropped the reward would overstate (140).
    func testARewardIsEarnedOnlyByTheGroupThatHasIt() throws {
        for (priority, optimum) in [(100.0, 140.0), (200, 20)] {
            let instance = instance(priority: priority, concentration: 0)
            let pooled = try XCTUnwrap(ModelBuilder(instance: instance).pooledLoadRelaxation())
            XCTAssertEqual(try lp(pooled.model), optimum, accuracy: 1e-6, "priority \(priority)")

            let solved = try SolveAndCheck.run(instance)
            XCTAssertEqual(solved.result.objective, optimum, accuracy: 1e-6, "priority \(priority)")
            XCTAssertEqual(solved.report.violations.map(\.rule), [])
        }
    }

    /// A builder of some teachers only (a plan search's block) gets no pooled relaxation: a pool would admit
    /// the other teachers of the school too.
    func testABuilderOfSomeTeachersIsNotPooled() {
        var builder = ModelBuilder(instance: instance())
        builder.teachers = [0]
        XCTAssertNil(builder.pooledLoadRelaxation())
    }

    /// A programme whose own model is above the bound's LP limit is bounded by its pooled LP (340), not by
    /// the aggregated relaxation (140).
    func testTheBoundPassUsesThePooledLPWhenTheProgrammesLPIsTooLarge() throws {
        let instance = instance()
        let pooledColumns = try XCTUnwrap(ModelBuilder(instance: instance).pooledLoadRelaxation()).model.variables.count
        var options = PlanningOptions()
        options.timeLimit = 60
        options.tuning.boundLPColumnLimit = pooledColumns
        let solve = DecomposedSolve(instance: instance, solver: GLPKSolver(), options: options, clock: .now)
        let blocks = Decomposition(instance: instance, tuning: options.tuning).programmeBlocks
        let models = solve.boundModels(blocks, multipliers: [:])
        XCTAssertGreaterThan(models[0].mip.variables.count, pooledColumns)
        var memory = BoundMemory(merged: [])
        let pass = try solve.boundPass(blocks, models, multipliers: [:], seconds: { _ in 10 }, memory: &memory)
        XCTAssertEqual(try XCTUnwrap(pass.parts[0]), 340, accuracy: 1e-6)
        XCTAssertEqual(memory.methods[0], .pooled)
    }

    /// A pooled LP with at most `pooled_first_column_share` of the programme's columns bounds it first (the
    /// own LP, solved once as a check, is not above it: both give 340). With one column fewer
    /// allowed, the own LP comes first and gives the part. (The minimum size is set to 0: this programme is small.)
    func testAPooledLPMuchSmallerThanTheProgrammesComesFirst() throws {
        let instance = instance()
        var options = PlanningOptions()
        options.timeLimit = 60
        options.tuning.pooledFirstMinimumColumns = 0
        let blocks = Decomposition(instance: instance, tuning: options.tuning).programmeBlocks
        let probe = DecomposedSolve(instance: instance, solver: GLPKSolver(), options: options, clock: .now)
        let ownColumns = probe.boundModels(blocks, multipliers: [:])[0].mip.variables.count
        let pooledColumns = try XCTUnwrap(probe.boundBuilder([blocks[0]], multipliers: [:]).pooledLoadRelaxation()).model.variables.count
        XCTAssertLessThan(pooledColumns, ownColumns)
        for (share, first) in [(Double(pooledColumns) / Double(ownColumns) + 1e-9, ProgrammeBoundMethod.pooled),
                               (Double(pooledColumns - 1) / Double(ownColumns) + 1e-9, .lp)] {
            options.tuning.pooledFirstColumnShare = share
            let solve = DecomposedSolve(instance: instance, solver: GLPKSolver(), options: options, clock: .now)
            var memory = BoundMemory(merged: [])
            let pass = try solve.boundPass(blocks, solve.boundModels(blocks, multipliers: [:]), multipliers: [:],
                                           seconds: { _ in 10 }, memory: &memory)
            XCTAssertEqual(try XCTUnwrap(pass.parts[0]), 340, accuracy: 1e-6, "share \(share)")
            XCTAssertEqual(memory.methods[0], first, "share \(share)")
            XCTAssertEqual(memory.pooledFirst[0], first == .pooled, "share \(share)")
            // With the own LP first the pooled one is not solved.
            XCTAssertEqual(memory.bases[.pooled(0)] == nil, first == .lp, "share \(share)")
        }
    }
}
