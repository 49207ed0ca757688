import Foundation
import MIP
import PlanCheck
import TestSupport
@testable import TrainPlanCore
import XCTest

/// The search near the whole LP (`DecomposedSolve.searchNearRelaxation`): it frees what the plan and the LP
/// disagree on and must find the better plan there, checked by the plan checker.
final class RelaxationSearchTests: XCTestCase {
    typealias S = SmallInstance

    /// Four teachers with 0, 90, 180 and 270 of the 360 target hours (priority weight 100: rewards 100, 75,
    /// 50 and 25), one one-day course on Monday with exactly two seats, nothing else costs. The best plan
    /// trains T1 and T2: −175. A plan that trains T3 and T4 costs −75. Each teacher is at a school of their
    /// own, so that each is a group of their own in the model (teachers alike but for their hours are one
    /// group, whose count says nothing of which of them go).
    private func fourTeachersTwoSeats() -> Instance {
        var weights = S.zeroWeights()
        weights.priority = 100
        let teachers = (0..<4).map { S.teacher("T\($0 + 1)", school: "S\($0 + 1)", cycleHours: Double(90 * $0)) }
        let course = with(S.course("P1", quota: 2, window: [0])) { $0.quotaMax = 2 }
        return S.make(teachers: teachers, programmes: [course], schools: (1...4).map { S.school("S\($0)") }, weights: weights)
    }

    /// The model's LP optimum.
    private func lpOptimum(_ model: PlanningModel) throws -> SolveResult {
        var lpOptions = SolverOptions()
        lpOptions.relaxation = true
        return try testSolver.solve(model.mip, options: lpOptions)
    }

    /// The course's one cohort on Monday with these teachers.
    private func mondayCohort(_ teachers: [Int]) -> Plan {
        Plan(cohorts: [Cohort(id: "P1-1", programme: 0, site: 0, sessions: [DateRange(first: S.date(0), last: S.date(0))], teachers: teachers)])
    }

    /// Writes the plan as a plan folder and asserts the independent checker finds it valid at `objective`.
    private func assertChecked(_ plan: Plan, _ instance: Instance, _ model: PlanningModel, objective: Double, bound: Double?) throws {
        let result = PlanResult(
            instance: instance, plan: plan, provenOptimal: false, failed: false, bound: bound,
            seconds: 0, nodes: 0, modelSize: ModelSize(model: model, teachers: instance.teachers.count), options: PlanningOptions(),
            solverVersion: testSolver.version
        )
        let report = try SolveAndCheck.check(result, instance).report
        XCTAssertTrue(report.isValid, "\(report.violations.map { $0.message(.en) })")
        XCTAssertEqual(report.objective, objective, accuracy: 1e-6)
    }

    func testThePlanMovesToWhereTheLPPoints() throws {
        let instance = fourTeachersTwoSeats()
        let model = ModelBuilder(instance: instance).build()
        let lp = try lpOptimum(model)
        XCTAssertEqual(try XCTUnwrap(lp.objective), -175, accuracy: 1e-6)

        let poor = mondayCohort([2, 3])
        var incumbent = Incumbent(instance: instance, plan: poor)
        XCTAssertEqual(incumbent.objective, -75, accuracy: 1e-6)

        let search = DecomposedSolve(instance: instance, solver: testSolver, options: PlanningOptions(), clock: .now)
        let outcome = search.searchNearRelaxation(
            &incumbent, WholeRelaxation(model: model, values: lp.values), seconds: 10, bound: BoundThread()
        )
        XCTAssertEqual(outcome, RelaxationSearchOutcome(improved: true, finished: true))
        XCTAssertEqual(incumbent.objective, -175, accuracy: 1e-6)
        XCTAssertEqual(incumbent.plan.cohorts.flatMap(\.teachers).sorted(), [0, 1])

        try assertChecked(incumbent.plan, instance, model, objective: -175, bound: lp.objective)
    }

    /// What the plan and the LP agree on stays fixed: LP values that put T1 and T3 in the course agree with
    /// the plan {T3, T4} on T3 (and on T2 staying out), so the search may only trade T4 for T1: −150, not the
    /// free optimum −175.
    func testWhatThePlanAndTheLPAgreeOnStaysFixed() throws {
        let instance = fourTeachersTwoSeats()
        let model = ModelBuilder(instance: instance).build()
        XCTAssertEqual(model.groups.count, 4)
        let cohort = mondayCohort
        let pointed = model.startingValues(for: cohort([0, 2]))
        var incumbent = Incumbent(instance: instance, plan: cohort([2, 3]))
        let search = DecomposedSolve(instance: instance, solver: testSolver, options: PlanningOptions(), clock: .now)
        XCTAssertTrue(search.searchNearRelaxation(&incumbent, WholeRelaxation(model: model, values: pointed), seconds: 10, bound: BoundThread()).improved)
        XCTAssertEqual(incumbent.objective, -150, accuracy: 1e-6)
        XCTAssertEqual(incumbent.plan.cohorts.flatMap(\.teachers).sorted(), [0, 2])
    }

    /// A plan that already equals the LP optimum leaves nothing free and nothing to gain.
    func testAPlanEqualToTheLPIsKept() throws {
        let instance = fourTeachersTwoSeats()
        let model = ModelBuilder(instance: instance).build()
        let lp = try lpOptimum(model)
        let best = mondayCohort([0, 1])
        var incumbent = Incumbent(instance: instance, plan: best)
        let search = DecomposedSolve(instance: instance, solver: testSolver, options: PlanningOptions(), clock: .now)
        XCTAssertFalse(search.searchNearRelaxation(&incumbent, WholeRelaxation(model: model, values: lp.values), seconds: 10, bound: BoundThread()).improved)
        XCTAssertEqual(incumbent.version, 0)
    }

    /// Searched by programme, the other programmes' cohorts stay as planned. The four teachers, P1 (Monday,
    /// two seats) and P2 (Tuesday, one seat); a teacher's reward counts once. The plan P1 {T3, T4}, P2 {T1}
    /// trains T1, T3, T4: −175. The LP points to P1 {T1, T2}, P2 {T3}: −225. Freed alone, P2 can only swap
    /// T1 for T3, whom P1 already trains: no gain, and P1 keeps T3 and T4. Freed alone, P1 trades T4 for T2
    /// (T1 is trained by P2 already): −225.
    func testASearchByProgrammeMovesOnlyThatProgramme() throws {
        var weights = S.zeroWeights()
        weights.priority = 100
        let teachers = (0..<4).map { S.teacher("T\($0 + 1)", school: "S\($0 + 1)", cycleHours: Double(90 * $0)) }
        let monday = with(S.course("P1", quota: 2, window: [0])) { $0.quotaMax = 2 }
        let tuesday = with(S.course("P2", quota: 1, window: [1])) { $0.quotaMax = 1 }
        let instance = S.make(teachers: teachers, programmes: [monday, tuesday], schools: (1...4).map { S.school("S\($0)") }, weights: weights)
        let model = ModelBuilder(instance: instance).build()
        func plan(_ first: [Int], _ second: [Int]) -> Plan {
            Plan(cohorts: [
                Cohort(id: "P1-1", programme: 0, site: 0, sessions: [DateRange(first: S.date(0), last: S.date(0))], teachers: first),
                Cohort(id: "P2-1", programme: 1, site: 0, sessions: [DateRange(first: S.date(1), last: S.date(1))], teachers: second),
            ])
        }
        let relaxation = WholeRelaxation(model: model, values: model.startingValues(for: plan([0, 1], [2])))
        let search = DecomposedSolve(instance: instance, solver: testSolver, options: PlanningOptions(), clock: .now)
        var incumbent = Incumbent(instance: instance, plan: plan([2, 3], [0]))
        XCTAssertEqual(incumbent.objective, -175, accuracy: 1e-6)
        XCTAssertEqual(Set(search.programmesDisagreeing(with: relaxation, plan: incumbent.plan)), [0, 1])

        XCTAssertFalse(search.searchNearRelaxation(&incumbent, relaxation, programmes: [1], seconds: 10, bound: BoundThread()).improved)
        XCTAssertEqual(incumbent.objective, -175, accuracy: 1e-6)

        XCTAssertTrue(search.searchNearRelaxation(&incumbent, relaxation, programmes: [0], seconds: 10, bound: BoundThread()).improved)
        XCTAssertEqual(incumbent.objective, -225, accuracy: 1e-6)
        let trained = { (programme: Int) in incumbent.plan.cohorts.filter { $0.programme == programme }.flatMap(\.teachers).sorted() }
        XCTAssertEqual(trained(0), [1, 2])
        XCTAssertEqual(trained(1), [0])
        XCTAssertEqual(PlanChecker(instance: instance).violations(of: incumbent.plan).map(\.rule), [])
    }

    /// The LP's assignments carried to a model with a teacher ungrouped: the split groups share their
    /// group's value by size, so the totals per candidate stay the LP's.
    func testTheLPCarriesOverToUngroupedTeachers() throws {
        var weights = S.zeroWeights()
        weights.teachingDay = 10
        let teachers = (1...4).map { S.teacher("T\($0)") }  // alike: one group of four
        let course = with(S.course("P1", quota: 2, window: [0])) { $0.quotaMax = 2 }
        let instance = S.make(teachers: teachers, programmes: [course], weights: weights)
        let grouped = ModelBuilder(instance: instance).build()
        XCTAssertEqual(grouped.groups.count, 1)
        let lp = try lpOptimum(grouped)
        let split = ModelBuilder(instance: instance, singletons: [0]).build()
        XCTAssertEqual(split.groups.count, 2)
        let carried = WholeRelaxation(model: grouped, values: lp.values).values(for: split)
        let total = { (model: PlanningModel, values: [Double]) in model.assignments.reduce(0.0) { $0 + values[$1.variable.index] } }
        XCTAssertEqual(total(split, carried), total(grouped, lp.values), accuracy: 1e-9)
        XCTAssertEqual(total(grouped, lp.values), 2, accuracy: 1e-9)
        let single = try XCTUnwrap(split.assignments.first { split.groups[$0.group].size == 1 })
        XCTAssertEqual(carried[single.variable.index], 0.5, accuracy: 1e-9)
    }

    /// A search told which teachers to ungroup (those a search from the same plan ungrouped before) solves the
    /// model with them ungrouped from the start, not the grouped model first, and says so for the next one.
    func testASearchStartsWithTheTeachersItIsToldToUngroup() throws {
        var weights = S.zeroWeights()
        weights.teachingDay = 10
        let course = with(S.course("P1", quota: 2, window: [0])) { $0.quotaMax = 2 }
        let instance = S.make(teachers: (1...4).map { S.teacher("T\($0)") }, programmes: [course], weights: weights)
        let grouped = ModelBuilder(instance: instance).build()
        let split = ModelBuilder(instance: instance, singletons: [0]).build()
        XCTAssertNotEqual(grouped.mip.variables.count, split.mip.variables.count)
        let relaxation = WholeRelaxation(model: grouped, values: try lpOptimum(grouped).values)
        let log = LogLines()
        var options = PlanningOptions()
        options.log = { log.append($0) }
        let search = DecomposedSolve(instance: instance, solver: testSolver, options: options, clock: .now)
        var incumbent = Incumbent(instance: instance, plan: mondayCohort([2, 3]))
        let outcome = search.searchNearRelaxation(&incumbent, relaxation, seconds: 10, bound: nil, ungrouping: [0])
        XCTAssertEqual(outcome.ungrouped, [0])
        let solved = log.lines.filter { $0.contains("near the LP:") }
        XCTAssertEqual(solved.count, 1, "\(solved)")
        XCTAssert(solved[0].contains("of \(split.mip.variables.count) columns free"), "\(solved)")
        try assertChecked(incumbent.plan, instance, split, objective: 20, bound: nil)
    }

    /// A neighbourhood under way when the bound worker publishes the whole LP stops then, with its plan kept,
    /// so that the search near the LP gets the time: a MIP that would run its 30 s ends within a second of the
    /// LP's arrival; while no LP is expected the same solve runs to its limit.
    func testANeighbourhoodUnderWayStopsWhenTheWholeLPArrives() throws {
        let instance = fourTeachersTwoSeats()
        let model = ModelBuilder(instance: instance).build()
        let lp = try lpOptimum(model)
        let poor = mondayCohort([2, 3])
        let search = DecomposedSolve(instance: instance, solver: ScriptedSolver(.mipsRunUntilStopped, delegate: testSolver),
                                     options: PlanningOptions(), clock: .now)
        let blocks = Decomposition(instance: instance, tuning: SearchTuning()).blocks

        let bound = BoundThread()
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) {
            bound.relaxation = WholeRelaxation(model: model, values: lp.values)
        }
        let started = ContinuousClock.now
        let outcome = search.untilRelaxationArrives(expected: true, bound).resolve(blocks, in: poor, seconds: 30, columnLimit: nil)
        XCTAssertLessThan((ContinuousClock.now - started).components.seconds, 5, "stopped when the LP arrived")
        guard case .solved(let plan, let finished, _) = outcome else { return XCTFail("the plan it started from is kept: \(outcome)") }
        XCTAssertFalse(finished)
        XCTAssertEqual(plan.cohorts.flatMap(\.teachers).sorted(), [2, 3])

        let notExpected = ContinuousClock.now
        _ = search.untilRelaxationArrives(expected: false, BoundThread()).resolve(blocks, in: poor, seconds: 1, columnLimit: nil)
        XCTAssertGreaterThanOrEqual(ContinuousClock.now - notExpected, .milliseconds(900), "no LP expected: it runs its time")
    }

    /// A neighbourhood under way when the bound proves the published plan within the gap stops then, with its
    /// plan kept: a MIP that would run its 30 s ends within seconds of the proof (by a bound, or by a better
    /// plan the worker hands over), where one whose plan is not yet proven runs its time (`untilProven`,
    /// which `DecomposedSolve.run` wraps the improvement stage in).
    func testANeighbourhoodUnderWayStopsOnceTheBoundProvesThePlan() throws {
        let instance = fourTeachersTwoSeats()
        let poor = mondayCohort([2, 3])
        let objective = PlanMetrics(instance: instance, plan: poor).objective
        let search = DecomposedSolve(instance: instance, solver: ScriptedSolver(.mipsRunUntilStopped, delegate: testSolver),
                                     options: PlanningOptions(), clock: .now)
        let blocks = Decomposition(instance: instance, tuning: SearchTuning()).blocks

        let proving = BoundThread()
        proving.incumbent = objective
        proving.publish(objective - 100)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { proving.publish(objective) }
        let started = ContinuousClock.now
        let outcome = search.untilProven(by: proving).resolve(blocks, in: poor, seconds: 30, columnLimit: nil)
        XCTAssertGreaterThanOrEqual(ContinuousClock.now - started, .milliseconds(300), "it ran until the proof")
        XCTAssertLessThan((ContinuousClock.now - started).components.seconds, 5, "stopped when the bound proved the plan")
        guard case .solved(let plan, let finished, _) = outcome else { return XCTFail("the plan it started from is kept: \(outcome)") }
        XCTAssertFalse(finished)
        XCTAssertEqual(plan.cohorts.flatMap(\.teachers).sorted(), [2, 3])
        XCTAssertEqual(PlanChecker(instance: instance).violations(of: plan).map(\.rule), [])

        // A plan the worker found and the search has not yet taken proves it as well.
        let handedOver = BoundThread()
        handedOver.incumbent = objective
        handedOver.publish(objective - 100)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { handedOver.offerFound(poor, objective: objective - 100) }
        let beforeHandOver = ContinuousClock.now
        _ = search.untilProven(by: handedOver).resolve(blocks, in: poor, seconds: 30, columnLimit: nil)
        XCTAssertLessThan((ContinuousClock.now - beforeHandOver).components.seconds, 5, "stopped when the worker's plan closed the gap")

        let open = BoundThread()
        open.incumbent = objective
        open.publish(objective - 100)
        let unproven = ContinuousClock.now
        _ = search.untilProven(by: open).resolve(blocks, in: poor, seconds: 1, columnLimit: nil)
        XCTAssertGreaterThanOrEqual(ContinuousClock.now - unproven, .milliseconds(900), "a gap still open: it runs its time")
    }

    /// A neighbourhood's MIP that finds a plan the bound already proves stops there, where its own tree would
    /// go on proving it (`PlanningOptions.planObjectiveGoal`, set by `untilProven`): district-s3's every-block
    /// MIP ran on to its own optimum. The worker's bound is the best plan's cost, −175; the published plan
    /// costs −75. With a bound that does not prove −175 the same MIP runs its time.
    func testANeighbourhoodStopsAtAPlanTheBoundProves() throws {
        let instance = fourTeachersTwoSeats()
        let poor = mondayCohort([2, 3])
        let search = DecomposedSolve(instance: instance, solver: ScriptedSolver(.mipsFindOptimumThenRunUntilStopped, delegate: testSolver),
                                     options: PlanningOptions(), clock: .now)
        let blocks = Decomposition(instance: instance, tuning: SearchTuning()).blocks

        let proving = BoundThread()
        proving.incumbent = -75
        proving.publish(-175)
        let started = ContinuousClock.now
        let outcome = search.untilProven(by: proving).resolve(blocks, in: poor, seconds: 30, columnLimit: nil)
        XCTAssertLessThan((ContinuousClock.now - started).components.seconds, 5, "stopped at the proven plan")
        let plan = try XCTUnwrap(outcome.plan, "\(outcome)")
        XCTAssertEqual(plan.cohorts.flatMap(\.teachers).sorted(), [0, 1])
        XCTAssertEqual(PlanMetrics(instance: instance, plan: plan).objective, -175, accuracy: 1e-6)
        try assertChecked(plan, instance, ModelBuilder(instance: instance).build(), objective: -175, bound: -175)

        let open = BoundThread()
        open.incumbent = -75
        open.publish(-275)
        let unproven = ContinuousClock.now
        let ranOn = search.untilProven(by: open).resolve(blocks, in: poor, seconds: 1, columnLimit: nil)
        XCTAssertGreaterThanOrEqual(ContinuousClock.now - unproven, .milliseconds(900), "a plan the bound does not prove: it runs its time")
        XCTAssertEqual(ranOn.plan?.cohorts.flatMap(\.teachers).sorted(), [0, 1])
    }

    /// The bound worker's search near the LP starts with `relaxation_search_seconds_left` + 1 s left, not the
    /// neighbourhood minimum (it builds no model): county-b's last 5 s went unused. With less it does not start.
    func testTheWorkersSearchNearTheLPUsesTheLastSeconds() throws {
        let instance = fourTeachersTwoSeats()
        let model = ModelBuilder(instance: instance).build()
        let lp = try lpOptimum(model)
        func handedOver(secondsLeftNeeded: Double) -> Bool {
            let shared = BoundThread()
            shared.latestPlan = mondayCohort([2, 3])
            shared.incumbent = -75
            var options = PlanningOptions()
            options.timeLimit = 4
            options.tuning.relaxationSearchSecondsLeft = secondsLeftNeeded
            DecomposedSolve(instance: instance, solver: testSolver, options: options, clock: .now)
                .searchNearRelaxationForPlans(WholeRelaxation(model: model, values: lp.values), shared)
            return shared.takeFound() != nil
        }
        XCTAssertTrue(handedOver(secondsLeftNeeded: 2), "4 s left: the default starts it (the neighbourhood minimum, 5 s, would not)")
        XCTAssertFalse(handedOver(secondsLeftNeeded: 3.5), "not with less than its seconds left + 1")
    }

    /// A sub-MIP's objective leaves out what its fixed part costs; the stop adds it back, read off the start:
    /// a start the model values at 30 in a plan of 130 makes a sub-MIP objective of 45 a plan of 145.
    func testTheGoalCountsTheFixedPartsCost() throws {
        var model = Model()
        model.addVariable("x", kind: .integer, lower: 0, upper: 10, cost: 3)
        let goal = GoalBox(150)
        var options = SolverOptions()
        options.stopAtPlanGoal({ goal.value }, model: model, start: [10], startPlanObjective: 130)
        let stops = try XCTUnwrap(options.stopsAtIncumbent)
        XCTAssertTrue(stops(45), "45 + 100 ≤ 150")
        XCTAssertFalse(stops(55), "55 + 100 > 150")
        goal.value = 160
        XCTAssertTrue(stops(55), "the bar rises with the bound")
        goal.value = nil
        XCTAssertFalse(stops(0), "no bound, no stop")
    }

    /// The highest objective the bound proves is one `gapClosed` accepts, for bounds of either sign.
    func testTheObjectiveThatClosesTheGapIsOneTheGapTestAccepts() throws {
        for best in [-1e6, -175.0, -0.5, 0, 0.5, 175, 1e6] {
            let worker = BoundThread()
            XCTAssertNil(worker.objectiveClosingGap(within: 1e-4), "no bound yet")
            worker.publish(best)
            let goal = try XCTUnwrap(worker.objectiveClosingGap(within: 1e-4))
            XCTAssertGreaterThan(goal, best, "the gap allows a plan above the bound")
            worker.incumbent = goal
            XCTAssertTrue(worker.gapClosed(within: 1e-4), "bound \(best), goal \(goal)")
        }
    }

    /// Every block at once, with nothing kept, is the whole model: its MIP is restricted to the support of the
    /// whole LP the bound worker has, instead of solving that LP again (district-guopei-s1's took 3.5 s), and
    /// adds clique cuts only (12–14 s to its plan against 21–23 s with every family). A solver whose LPs fail
    /// shows which LP it uses: given the whole LP the neighbourhood finds the best plan; left to its own LP it fails.
    func testEveryBlockAtOnceTakesTheWholeLPsSupport() throws {
        let instance = fourTeachersTwoSeats()
        let model = ModelBuilder(instance: instance).build()
        let lp = try lpOptimum(model)
        var options = PlanningOptions()
        options.tuning.restrictToLPSupportAbove = 0
        let recording = OptionsRecordingSolver(delegate: ScriptedSolver(.failingRelaxations, delegate: testSolver))
        let search = DecomposedSolve(instance: instance, solver: recording, options: options, clock: .now)
        let blocks = Decomposition(instance: instance, tuning: options.tuning).blocks
        let poor = mondayCohort([2, 3])

        let given = search.resolve(blocks, in: poor, seconds: 10, columnLimit: nil, relaxation: WholeRelaxation(model: model, values: lp.values))
        let plan = try XCTUnwrap(given.plan, "\(given)")
        XCTAssertEqual(plan.cohorts.flatMap(\.teachers).sorted(), [0, 1])
        try assertChecked(plan, instance, model, objective: -175, bound: lp.objective)
        XCTAssertEqual(recording.solves().last?.cuts, .clique, "the neighbourhood's MIP (after its rounding's, without cuts)")

        let own = search.resolve(blocks, in: poor, seconds: 10, columnLimit: nil)
        guard case .noSolution(.error, _) = own else { return XCTFail("its own LP was solved: \(own)") }
    }

    /// Once the whole LP is solved and the exact MIP is out of reach, the bound worker searches near the LP
    /// across every programme from the plan search's latest plan, on its own core: it finds the best plan
    /// (−175 from −75) and hands it over; the plan search adopts it and leaves that search to the worker.
    func testTheBoundWorkerSearchesNearTheLPAndHandsOverItsPlan() throws {
        let instance = fourTeachersTwoSeats()
        let model = ModelBuilder(instance: instance).build()
        let lp = try lpOptimum(model)
        let poor = mondayCohort([2, 3])
        let shared = BoundThread()
        shared.latestPlan = poor
        shared.incumbent = -75
        var options = PlanningOptions()
        options.timeLimit = 3
        options.tuning.neighbourhoodMinimumSeconds = 0.5
        options.tuning.relaxationSearchSecondsLeft = 0.5
        let search = DecomposedSolve(instance: instance, solver: testSolver, options: options, clock: .now)
        search.searchNearRelaxationForPlans(WholeRelaxation(model: model, values: lp.values), shared)
        XCTAssertTrue(shared.searchesNearRelaxation, "the plan search leaves the search across programmes to it")

        var incumbent = Incumbent(instance: instance, plan: poor)
        search.adoptPlanFound(by: shared, into: &incumbent)
        XCTAssertEqual(incumbent.objective, -175, accuracy: 1e-6)
        XCTAssertEqual(incumbent.plan.cohorts.flatMap(\.teachers).sorted(), [0, 1])
        try assertChecked(incumbent.plan, instance, model, objective: -175, bound: lp.objective)
    }
    /// With nothing left near the plan, the worker's core goes to the exact whole-model MIP instead of
    /// waiting: its bound proves the plan (−175; no bound was published before) and the worker ends then,
    /// long before its 30 s.
    func testAnIdleWorkerProvesThePlanWithTheWholeModelsMIP() throws {
        let instance = fourTeachersTwoSeats()
        let model = ModelBuilder(instance: instance).build()
        let lp = try lpOptimum(model)
        let shared = BoundThread()
        shared.latestPlan = mondayCohort([0, 1])
        shared.incumbent = -175
        var options = PlanningOptions()
        options.timeLimit = 30
        let started = ContinuousClock.now
        DecomposedSolve(instance: instance, solver: testSolver, options: options, clock: .now)
            .searchNearRelaxationForPlans(WholeRelaxation(model: model, values: lp.values), shared)
        XCTAssertLessThan(ContinuousClock.now - started, .seconds(10), "ended once the bound proved the plan")
        XCTAssertEqual(try XCTUnwrap(shared.bound, "the MIP's bound is published"), -175, accuracy: 1e-6)
        XCTAssertNil(shared.takeFound(), "no better plan than the optimum")
    }

    /// A search near the LP that runs out of time without a better plan gets twice as long the next time,
    /// also when the plan search has moved to another plan meanwhile: its new plans differ in a programme or
    /// two, and the neighbourhood stays as hard (county-b: 5-s searches ran out of time one after another,
    /// each from a new plan, 0.52 %; doubled, the second found 260,036 and the gap ended at 0.31 %).
    func testATimedOutSearchGetsTwiceAsLongFromANewPlanToo() throws {
        let instance = fourTeachersTwoSeats()
        let model = ModelBuilder(instance: instance).build()
        let lp = try lpOptimum(model)
        let shared = BoundThread()
        let plan = mondayCohort([2, 3])
        shared.publishPlan(plan, objective: -75)
        let solver = SearchesOutOfTime { call in
            // The plan search's next plan arrives while the search runs (the objective is what the worker compares).
            shared.publishPlan(plan, objective: -75 - Double(call))
            if call == 3 { shared.cancel() }
        }
        var options = PlanningOptions()
        options.timeLimit = 60
        DecomposedSolve(instance: instance, solver: solver, options: options.stopping { shared.isCancelled }, clock: .now)
            .searchNearRelaxationForPlans(WholeRelaxation(model: model, values: lp.values), shared)
        let limits = solver.limits()
        XCTAssertEqual(limits.count, 3, "\(limits)")
        XCTAssertEqual(limits[0], 0.2 * 59, accuracy: 0.5, "the first: relaxation_search_share of the time left")
        XCTAssertEqual(limits[1], 2 * limits[0], accuracy: 0.5, "\(limits)")
        XCTAssertEqual(limits[2], 2 * limits[1], accuracy: 0.5, "\(limits)")
        XCTAssertNil(shared.takeFound(), "nothing better was found")
    }

    /// The seconds of the next search near the LP across every programme: the share of the time left after no
    /// search, a finished one or one that improved the plan; twice the last one's after a search that ran out
    /// of time with nothing, never past the time left.
    func testTheNextSearchDoublesOnlyAfterOneThatRanOutOfTimeWithNothing() {
        var options = PlanningOptions()
        options.timeLimit = 60
        let search = DecomposedSolve(instance: fourTeachersTwoSeats(), solver: testSolver, options: options, clock: .now)
        let share = 0.2 * 59
        let outOfTime = RelaxationSearchOutcome(improved: false, finished: false)
        XCTAssertEqual(search.relaxationSearchSeconds(after: nil), share, accuracy: 0.5)
        XCTAssertEqual(search.relaxationSearchSeconds(after: (20, RelaxationSearchOutcome(improved: false, finished: true))), share, accuracy: 0.5)
        XCTAssertEqual(search.relaxationSearchSeconds(after: (20, RelaxationSearchOutcome(improved: true, finished: false))), share, accuracy: 0.5)
        XCTAssertEqual(search.relaxationSearchSeconds(after: (20, outOfTime)), 40, accuracy: 1e-9)
        XCTAssertEqual(search.relaxationSearchSeconds(after: (2, outOfTime)), share, accuracy: 0.5, "never below the share")
        XCTAssertEqual(search.relaxationSearchSeconds(after: (40, outOfTime)), 59, accuracy: 0.5, "never past the time left")
    }

    /// The worker's whole-model MIP gives way when the plan search finds a better plan (the search near the
    /// LP around that plan gains more than the tree): a MIP that would run its 20 s is stopped about when the
    /// plan changes, and another starts once nothing is left near the new plan.
    func testTheWorkersWholeModelMIPStopsWhenThePlanSearchFindsABetterPlan() throws {
        let (solver, shared, ended) = try startScriptedWorker(.runsUntilStopped, from: [0, 1], objective: -175, seconds: 20)
        XCTAssertTrue(poll { solver.started() == 1 }, "the MIP starts once nothing is left near the plan")
        Thread.sleep(forTimeInterval: 0.5)
        XCTAssertEqual(solver.endings().count, 0, "and runs on while the plan stays")
        let changed = ContinuousClock.now
        shared.incumbent = -176  // the plan search's better plan (its plan stays the same here)
        XCTAssertTrue(poll { solver.started() == 2 }, "a second MIP from the new plan")
        XCTAssertEqual(solver.endings().first?.termination, .interrupted, "the first stopped by the better plan")
        XCTAssertLessThan(ContinuousClock.now - changed, .seconds(5), "about when the plan changed, not at its time limit")
        shared.cancel()
        XCTAssertEqual(ended.wait(timeout: .now() + 5), .success, "the worker ends when cancelled")
    }

    /// A better plan the worker's MIP finds is handed over at once, not at the MIP's end: the searches near
    /// the LP find nothing here (they return their start), and the MIP finds −175 from −75 at once but would
    /// then run on for its 30 s proving it.
    func testThePlanTheWorkersMIPFindsIsHandedOverAtOnce() throws {
        let (solver, shared, ended) = try startScriptedWorker(.findsOptimumThenRunsUntilStopped, from: [2, 3], objective: -75, seconds: 30)
        var found: Plan?
        XCTAssertTrue(poll { found = shared.takeFound(); return found != nil }, "handed over within seconds of 30")
        XCTAssertEqual(solver.endings().first?.termination, .interrupted, "the MIP stopped at its plan")
        shared.cancel()
        XCTAssertEqual(ended.wait(timeout: .now() + 5), .success)
        let plan = try XCTUnwrap(found)
        let instance = fourTeachersTwoSeats()
        let model = ModelBuilder(instance: instance).build()
        XCTAssertEqual(PlanMetrics(instance: instance, plan: plan).objective, -175, accuracy: 1e-6)
        try assertChecked(plan, instance, model, objective: -175, bound: try lpOptimum(model).objective)
    }

    /// The exact MIP runs on one thread: when the plan search has claimed it (it had no neighbourhood left
    /// before the LP), the worker with nothing left near the plan waits for new plans instead of running a
    /// second copy on the other core.
    func testTheWorkerLeavesTheExactMIPToThePlanSearchThatClaimedIt() throws {
        let (solver, shared, ended) = try startScriptedWorker(.runsUntilStopped, from: [0, 1], objective: -175, seconds: 20,
                                                              exactMIPClaimedBySearch: true)
        Thread.sleep(forTimeInterval: 1)
        XCTAssertEqual(solver.started(), 0, "no whole-model MIP on the worker")
        shared.cancel()
        XCTAssertEqual(ended.wait(timeout: .now() + 5), .success)
    }

    /// A worker's exact MIP that ends without closing the gap (here it proves nothing and finds nothing) is
    /// not started again from the same plan: it would end the same way, and the worker would loop on it.
    func testTheWorkersExactMIPRunsOnceFromAPlan() throws {
        let (solver, shared, ended) = try startScriptedWorker(.endsAtOnceWithItsStart, from: [0, 1], objective: -175, seconds: 20)
        XCTAssertTrue(poll { solver.started() == 1 }, "the MIP starts once nothing is left near the plan")
        Thread.sleep(forTimeInterval: 1)
        XCTAssertEqual(solver.started(), 1, "and not again from the same plan")
        shared.cancel()
        XCTAssertEqual(ended.wait(timeout: .now() + 5), .success)
    }

    /// The bound worker's searches near the LP of the four-teacher course from its Monday cohort of `teachers`
    /// (published at `objective`), with `WorkerScript` as the solver, on a thread of their own with a time
    /// limit of `seconds`, until the returned worker is cancelled; the semaphore is signalled when they end.
    /// `exactMIPClaimedBySearch`: the plan search has claimed the exact MIP before the worker starts.
    private func startScriptedWorker(_ wholeModel: WorkerScript.WholeModel, from teachers: [Int], objective: Double, seconds: Double,
                                     exactMIPClaimedBySearch: Bool = false) throws -> (WorkerScript, BoundThread, DispatchSemaphore) {
        let instance = fourTeachersTwoSeats()
        let model = ModelBuilder(instance: instance).build()
        let relaxation = WholeRelaxation(model: model, values: try lpOptimum(model).values)
        let solver = WorkerScript(wholeModelColumns: model.mip.variables.count, wholeModel: wholeModel)
        let shared = BoundThread()
        shared.publishPlan(mondayCohort(teachers), objective: objective)
        if exactMIPClaimedBySearch { _ = shared.claimWholeModel() }
        var options = PlanningOptions()
        options.timeLimit = seconds
        let search = DecomposedSolve(instance: instance, solver: solver, options: options.stopping { shared.isCancelled }, clock: .now)
        let ended = DispatchSemaphore(value: 0)
        Thread {
            search.searchNearRelaxationForPlans(relaxation, shared)
            ended.signal()
        }.start()
        return (solver, shared, ended)
    }

    /// Whether `condition` holds within 5 s.
    private func poll(_ condition: () -> Bool) -> Bool {
        let deadline = ContinuousClock.now + .seconds(5)
        while ContinuousClock.now < deadline {
            if condition() { return true }
            Thread.sleep(forTimeInterval: 0.01)
        }
        return condition()
    }
}

/// A solver for the bound worker's searches: MIPs of the whole model (`wholeModelColumns` columns) run until
/// stopped, ending with their start (a tree that finds nothing better) or first finding the optimum
/// (`ScriptedSolver`), or end at once with their start and no bound; every other MIP (a search near the LP, which fixes part of the model) ends at once with its start
/// as its proven optimum; LPs go to the test solver. Records how each whole-model MIP ended.
private final class WorkerScript: MIPSolver, @unchecked Sendable {
    enum WholeModel { case runsUntilStopped, findsOptimumThenRunsUntilStopped, endsAtOnceWithItsStart }
    private let lock = NSLock()
    private let wholeModelColumns: Int
    private let wholeModel: WholeModel
    private var starts = 0
    private var ended: [(termination: TerminationReason, seconds: Double)] = []
    var version: String { "worker script" }

    init(wholeModelColumns: Int, wholeModel: WholeModel) {
        (self.wholeModelColumns, self.wholeModel) = (wholeModelColumns, wholeModel)
    }

    func started() -> Int { lock.withLock { starts } }
    func endings() -> [(termination: TerminationReason, seconds: Double)] { lock.withLock { ended } }

    func solve(_ model: Model, options: SolverOptions) throws -> SolveResult {
        if options.relaxation { return try testSolver.solve(model, options: options) }
        guard model.variables.count == wholeModelColumns else {
            let start = options.startingSolution ?? []
            return SolveResult(termination: .optimal, hasSolution: !start.isEmpty, objective: model.objectiveValue(start),
                               bound: nil, values: start, seconds: 0, nodes: 0, rawCode: 0, rawText: "scripted: the start is optimal")
        }
        lock.withLock { starts += 1 }
        if wholeModel == .endsAtOnceWithItsStart {
            let start = options.startingSolution ?? []
            return SolveResult(termination: .optimal, hasSolution: !start.isEmpty, objective: model.objectiveValue(start),
                               bound: nil, values: start, seconds: 0, nodes: 0, rawCode: 0, rawText: "scripted: ends with its start")
        }
        let clock = ContinuousClock.now
        let script: ScriptedSolver.Behaviour = wholeModel == .runsUntilStopped ? .mipsRunUntilStopped : .mipsFindOptimumThenRunUntilStopped
        let result = try ScriptedSolver(script, delegate: testSolver).solve(model, options: options)
        lock.withLock { ended.append((result.termination, clock.elapsedSeconds)) }
        return result
    }
}

/// A solver whose every MIP (a search near the LP) ends at its time limit with its start, as one that found
/// nothing better; records each MIP's time limit and calls `afterCall` with its number (1, 2, …).
private final class SearchesOutOfTime: MIPSolver, @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [Double] = []
    private let afterCall: @Sendable (Int) -> Void
    var version: String { "searches out of time" }

    init(afterCall: @escaping @Sendable (Int) -> Void) { self.afterCall = afterCall }

    func limits() -> [Double] { lock.withLock { recorded } }

    func solve(_ model: Model, options: SolverOptions) throws -> SolveResult {
        if options.relaxation { return try testSolver.solve(model, options: options) }
        let call = lock.withLock {
            recorded.append(options.timeLimit ?? .infinity)
            return recorded.count
        }
        afterCall(call)
        let start = options.startingSolution ?? []
        return SolveResult(termination: .timeLimit, hasSolution: !start.isEmpty, objective: model.objectiveValue(start),
                           bound: nil, values: start, seconds: 0, nodes: 0, rawCode: 0, rawText: "scripted: out of time")
    }
}

/// A goal a test changes while a closure reads it.
private final class GoalBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Double?
    init(_ value: Double?) { stored = value }
    var value: Double? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
