import Foundation
import GLPKSolver
import MIP
import PlanCheck
import TestSupport
import TrainPlanCore
import XCTest

/// The decomposed search when its solver finds nothing or fails: the planner still gets the best plan that
/// exists (never an empty one), within the time limit, and a failed bound costs only the bound.
final class SearchFaultTests: XCTestCase {
    typealias S = SmallInstance

    /// Two one-day courses for six teachers, 3 seats each, 10 points per teaching day.
    private func twoCourses() -> Instance {
        var weights = S.zeroWeights()
        weights.teachingDay = 10
        let teachers = (1...6).map { S.teacher("T\($0)") }
        return S.make(teachers: teachers, programmes: [S.course("P1", quota: 3, window: [0]), S.course("P2", quota: 3, window: [1])],
                      weights: weights)
    }

    private func decomposed(seconds: Double) -> PlanningOptions {
        var options = PlanningOptions()
        options.strategy = .decomposed
        options.timeLimit = seconds
        return options
    }

    func testSolverThatFindsNothingLeavesTheGreedyPlanWithinTheLimit() throws {
        let instance = twoCourses()
        let started = ContinuousClock.now
        let result = try PlanSolver(instance: instance, solver: ScriptedSolver(.noSolution, delegate: GLPKSolver()))
            .solve(decomposed(seconds: 20))
        XCTAssertLessThan(started.elapsedSecondsForTest, 21)
        XCTAssertEqual(result.metrics.shortfallTotal, 0, "the greedy plan fills both courses")
        XCTAssertEqual(result.status, .feasible)
        XCTAssertEqual(result.solverVersion, "scripted")
        try assertChecked(result, instance)
    }

    func testSolverFaultsKeepThePlanSoFar() throws {
        let instance = twoCourses()
        let result = try PlanSolver(instance: instance, solver: ScriptedSolver(.failing, delegate: GLPKSolver()))
            .solve(decomposed(seconds: 10))
        XCTAssertEqual(result.metrics.shortfallTotal, 0)
        XCTAssertFalse(result.plan.cohorts.isEmpty)
        try assertChecked(result, instance)
    }

    /// With every LP failing, only the exact whole-model MIP can prove the plan (the plan search runs it when
    /// no neighbourhood is left, since the bound worker, its LPs failing, cannot). It proves it on GLPK's own
    /// branching: with MIR cuts, branching on openings first took district-a's tree from 3 nodes to 130-odd.
    func testTheExactWholeModelUsesGLPKsOwnBranchingAndProvesThePlan() throws {
        let instance = twoCourses()
        let wholeColumns = ModelBuilder(instance: instance).build().mip.variables.count
        let recorder = HintRecordingSolver()
        let result = try PlanSolver(instance: instance, solver: recorder).solve(decomposed(seconds: 10))
        XCTAssertEqual(result.objective, 60, accuracy: 1e-6)
        XCTAssertEqual(result.bound, 60, accuracy: 1e-6)
        XCTAssertEqual(result.status, .optimal)
        let wholeModelSolves = recorder.mipSolves().filter { $0.columns == wholeColumns }
        XCTAssertFalse(wholeModelSolves.isEmpty, "the exact whole-model MIP ran")
        XCTAssertFalse(wholeModelSolves.contains { $0.hinted }, "with MIR cuts, openings first slowed it (district-a 15 s against 5.7 s)")
        try assertChecked(result, instance)
    }

    func testFailedBoundKeepsThePlanAndATrivialBound() throws {
        let instance = twoCourses()
        let result = try PlanSolver(instance: instance, solver: ScriptedSolver(.failingRelaxations, delegate: GLPKSolver()))
            .solve(decomposed(seconds: 10))
        XCTAssertEqual(result.objective, 60, accuracy: 1e-6, "six teachers, one teaching day each")
        // Every programme LP failed; the bound is the exact whole model's MIP bound (its last stage), and proves it.
        XCTAssertEqual(result.bound, 60, accuracy: 1e-6)
        XCTAssertEqual(result.status, .optimal)
        try assertChecked(result, instance)
    }

    func testTuningOutsideItsRangeIsRefusedBeforeSolving() {
        var options = PlanningOptions()
        options.tuning.multiplierRounds = -1
        XCTAssertThrowsError(try PlanSolver(instance: twoCourses(), solver: GLPKSolver()).solve(options)) { error in
            XCTAssertTrue("\(error)".contains("multiplier_rounds"), "\(error)")
        }
    }

    func testTuneAssignmentsAreValidatedByName() throws {
        XCTAssertEqual(try SearchTuning().setting("pair_column_limit=1000").pairColumnLimit, 1000)
        XCTAssertThrowsError(try SearchTuning().setting("pair_column_limit=1.5"))
        XCTAssertThrowsError(try SearchTuning().setting("construction_share=2"))
        XCTAssertThrowsError(try SearchTuning().setting("no_such=1"))
        XCTAssertThrowsError(try SearchTuning().setting("region_link_km=nan"))
        XCTAssertEqual(try SearchTuning().setting("region_link_km=12.5").changes, ["tune.region_link_km": "12.5"])
    }

    /// A what-if scenario on a decomposed instance starts from the base plan when the scenario leaves it
    /// valid, so even a search that finds nothing returns a plan as good as the base. One course for three
    /// teachers on Monday (10 points each) or Saturday (free): the base plan trains them on Saturday (0); the
    /// greedy plan takes the earliest date (30).
    func testDecomposedScenarioStartsFromTheBasePlanWhenItStillKeepsTheRules() throws {
        var weights = S.zeroWeights()
        weights.teachingDay = 10
        let base = S.make(teachers: (1...3).map { S.teacher("T\($0)") }, programmes: [S.course("P1", quota: 3, window: [0, 5])],
                          weights: weights)
        var wholeOptions = PlanningOptions()
        wholeOptions.strategy = .whole
        let basePlan = try PlanSolver(instance: base, solver: GLPKSolver()).solve(wholeOptions)
        XCTAssertEqual(basePlan.objective, 0, accuracy: 1e-9)
        try assertChecked(basePlan, base)

        func scenario(_ instance: Instance, checked: Bool) throws -> PlanResult {
            var options = decomposed(seconds: 10)
            options.startingPlan = basePlan.plan
            if checked { options.planKeepsRules = { PlanChecker(instance: $0).violations(of: $1).isEmpty } }
            let result = try PlanSolver(instance: instance, solver: ScriptedSolver(.failing, delegate: GLPKSolver())).solve(options)
            try assertChecked(result, instance)
            return result
        }
        XCTAssertEqual(try scenario(base, checked: true).objective, 0, accuracy: 1e-9, "the base plan, kept")
        XCTAssertEqual(try scenario(base, checked: false).objective, 30, accuracy: 1e-9, "unchecked: the greedy plan")
        // T1 on leave on Saturday: the base plan breaks H1 there, and the solve does not start from it.
        var leave = base
        leave.teachers[0].unavailable = [S.date(5)]
        XCTAssertFalse(PlanChecker(instance: leave).violations(of: basePlan.plan).isEmpty)
        XCTAssertEqual(try scenario(leave, checked: true).objective, 30, accuracy: 1e-9)
    }

    private func assertChecked(_ result: PlanResult, _ instance: Instance) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("trainplan-fault-\(UUID().uuidString)").path
        try PlanWriter(instance: instance).write(result, to: directory)
        let report = PlanChecker(instance: instance).check(planDirectory: directory)
        XCTAssertTrue(report.isValid, report.violations.map(\.rule).joined(separator: ", "))
    }
}

private extension ContinuousClock.Instant {
    var elapsedSecondsForTest: Double {
        let duration = ContinuousClock.now - self
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// GLPK with every LP relaxation failing, recording the size of each MIP and whether it was told to honour
/// branching hints.
private final class HintRecordingSolver: MIPSolver, @unchecked Sendable {
    private let lock = NSLock()
    private var solves: [(columns: Int, hinted: Bool)] = []
    var version: String { "recording" }

    func mipSolves() -> [(columns: Int, hinted: Bool)] { lock.withLock { solves } }

    func solve(_ model: Model, options: SolverOptions) throws -> SolveResult {
        if options.relaxation { throw MIPError("recorded LP fault") }
        lock.withLock { solves.append((model.variables.count, options.honoursBranchingHints)) }
        return try GLPKSolver().solve(model, options: options)
    }
}
