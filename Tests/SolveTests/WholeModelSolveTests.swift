import Foundation
import MIP
import PlanCheck
import TestSupport
@testable import TrainPlanCore
import XCTest

/// The exact whole-model MIP of a decomposed solve (`DecomposedSolve+WholeModel.swift`), run by the bound
/// worker once its LP is solved: it proves a bound beyond the LP and hands the plan it finds to the search.
final class WholeModelSolveTests: XCTestCase {
    typealias S = SmallInstance

    /// T1 has 0 of the 360 target hours, T2 270 (priority weight 100: rewards 100 and 25); one Monday course
    /// with one seat and nothing else costs. The best plan trains T1 (−100); the plan search's plan trains
    /// T2 (−25). Each teacher is at a school of their own, so each is a group of their own.
    private func oneSeat() -> Instance {
        var weights = S.zeroWeights()
        weights.priority = 100
        let teachers = [S.teacher("T1", school: "S1", cycleHours: 0), S.teacher("T2", school: "S2", cycleHours: 270)]
        let course = with(S.course("P1", quota: 1, window: [0])) { $0.quotaMax = 1 }
        return S.make(teachers: teachers, programmes: [course], schools: [S.school("S1"), S.school("S2")], weights: weights)
    }

    func testTheBoundWorkerSolvesTheWholeModelOnceAndHandsOverItsPlan() throws {
        let instance = oneSeat()
        let monday = DateRange(first: S.date(0), last: S.date(0))
        let poor = Plan(cohorts: [Cohort(id: "P1-1", programme: 0, site: 0, sessions: [monday], teachers: [1])])
        XCTAssertEqual(PlanMetrics(instance: instance, plan: poor).objective, -25, accuracy: 1e-6)
        let shared = BoundThread()
        shared.latestPlan = poor
        shared.incumbent = -25
        var options = PlanningOptions()
        options.timeLimit = 30

        // Started from its LP's optimal basis, as the worker starts it, with GLPK's MIR cuts.
        let wholeModel = ModelBuilder(instance: instance).build()
        var lpOptions = SolverOptions()
        lpOptions.relaxation = true
        let basis = try XCTUnwrap(testSolver.solve(wholeModel.mip, options: lpOptions).basis)
        let recording = OptionsRecordingSolver()
        let log = LogLines()
        options.log = { log.append($0) }
        let search = DecomposedSolve(instance: instance, solver: recording, options: options, clock: .now)
        try search.solveWholeModelForBound(wholeModel, basis: basis, shared)
        let solves = recording.solves()
        XCTAssertEqual(solves.count, 1)
        XCTAssertEqual(solves.first?.basis, basis, "its root LP starts from the whole LP's basis")
        XCTAssertEqual(solves.first?.cuts, .mixedIntegerRounding)
        XCTAssertFalse(log.lines.contains { $0.contains("Starting basis set aside") }, log.lines.joined(separator: "\n"))
        XCTAssertEqual(try XCTUnwrap(shared.bound), -100, accuracy: 1e-6, "the MIP proves the optimum")
        let found = try XCTUnwrap(shared.takeFound(), "the better plan is handed to the search")
        XCTAssertEqual(found.cohorts.flatMap(\.teachers), [0])
        XCTAssertNil(shared.takeFound(), "taken once")
        XCTAssertFalse(shared.claimWholeModel(), "the plan search does not solve it again")

        let result = PlanResult(
            instance: instance, plan: found, provenOptimal: false, failed: false, bound: shared.bound,
            seconds: 0, nodes: 0, modelSize: ModelSize(model: ModelBuilder(instance: instance).build(), teachers: 2),
            options: options, solverVersion: testSolver.version
        )
        let report = try SolveAndCheck.check(result, instance).report
        XCTAssertTrue(report.isValid, "\(report.violations.map { $0.message(.en) })")
        XCTAssertEqual(report.objective, -100, accuracy: 1e-6)
    }

    /// Claimed first by the plan search (no neighbourhood left before the LP was solved), the worker leaves it.
    func testTheWorkerLeavesTheWholeModelToASearchThatClaimedIt() throws {
        let instance = oneSeat()
        let shared = BoundThread()
        shared.latestPlan = Plan(cohorts: [])
        XCTAssertTrue(shared.claimWholeModel())
        let search = DecomposedSolve(instance: instance, solver: testSolver, options: PlanningOptions(), clock: .now)
        try search.solveWholeModelForBound(ModelBuilder(instance: instance).build(), basis: nil, shared)
        XCTAssertNil(shared.bound)
        XCTAssertNil(shared.takeFound())
    }
}
