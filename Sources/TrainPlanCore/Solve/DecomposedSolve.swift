import Foundation
import MIP

/// The solve path for instances too large for one GLPK MIP, as a pipeline of stages over a `Decomposition`
/// (blocks of one programme, or of one programme in one 学区 or region; see `SolveBlock`):
/// 1. the greedy plan as a floor: the plan is never worse than filling quotas by hand;
/// 2. the bound, on a worker thread from then on, beside the stages below (`BoundThread`, `searchBound`): the
///    sum over programmes of each programme's LP bound with the rules that join programmes dropped, "a
///    teacher's priority reward counts once" priced by Lagrange multipliers, then raised where a programme's
///    MIP (or its 学区 blocks' MIPs) is small enough for branch and bound, and the whole model's LP when the
///    model was kept; after that LP the worker's core goes to the exact whole-model MIP (small models) or to
///    the search near the LP (larger ones, and small ones whose programmes' MIPs prove more than the LP), and
///    plans it finds are handed to the search;
/// 3. construction: the blocks solved in order, each a small MIP over its own candidates with every earlier
///    block's cohorts fixed (`FixedPart`) and the seats of its programme's later blocks held back (`SeatShares`),
///    a large one started from its LP's rounding (`roundedOpenings`);
/// 4. seat filling (`fillSeats`): each programme still short is re-solved with "seats short" as the whole
///    objective, first over its planned cohorts' schedules, then its blocks together and with each programme
///    competing with it, until its shortfall is what `SeatBound` proves unavoidable;
/// 5. improvement (`improve`): each new plan reseated in the whole model with its cohorts kept (`reseat`);
///    neighbourhoods (single blocks, region pairs, competing blocks, whole programmes,
///    competing programmes) re-solved with the rest fixed, starting from the current plan, a new plan kept only
///    when its SPEC objective is lower; once the whole LP is known, also the whole model with everything the
///    plan and the LP agree on fixed (`searchNearRelaxation`); repeated with more time and larger
///    neighbourhoods until the time limit or the requested gap.
struct DecomposedSolve: Sendable {
    let instance: Instance
    let solver: any MIPSolver
    let options: PlanningOptions
    let clock: ContinuousClock.Instant

    var time: TimeBudget { TimeBudget(total: options.timeLimit ?? options.tuning.decomposedDefaultTime, clock: clock) }
    var budget: Double { time.total }
    var remaining: Double { time.remaining }
    var stopRequested: Bool { options.shouldStop?() ?? false }

    /// `wholeModel`: the whole instance's model when its LP is to be solved for the bound and the search
    /// (at most `whole_model_lp_column_limit` columns), else nil (a city's whole model takes over a gigabyte,
    /// and only its size is reported).
    func run(modelSize: ModelSize, wholeModel: PlanningModel?) throws -> PlanResult {
        let decomposition = Decomposition(instance: instance, tuning: options.tuning)
        // The greedy plan first (a fraction of a second): it is the floor, and it gives the bound its first
        // multipliers, so the bound worker runs beside the construction on the second core instead of after
        // it (a county's construction takes a third of the time).
        var incumbent = Incumbent(instance: instance, plan: GreedyPlanner(instance: instance).plan())
        // A what-if scenario starts from the base plan when the scenario leaves it valid: the scenario's plan
        // is then never worse than the base plan, whatever the search finds in its time.
        if let start = options.startingPlan, options.planKeepsRules?(instance, start) == true, incumbent.offer(start) {
            note("the starting plan replaces the greedy plan: objective \(incumbent.objective)")
        }

        // The bound's first multipliers come from the plan (a teacher it trains k > 1 times would count k
        // rewards) and from the programmes every teacher of a profile must attend.
        let multipliers = priorityMultipliers(after: [:], training: incumbent.plan.cohorts.reduce(into: [:]) { counts, cohort in
            for teacher in cohort.teachers { counts[teacher, default: 0] += 1 }
        }).merging(certainlyTrainedMultipliers(), uniquingKeysWith: max)
        let boundWorker = BoundThread()
        boundWorker.incumbent = incumbent.objective
        let boundSearch = DecomposedSolve(
            instance: instance, solver: solver, options: options.stopping { boundWorker.isCancelled }, clock: clock
        )
        boundWorker.start { shared in
            try boundSearch.searchBound(decomposition.programmeBlocks, multipliers: multipliers, wholeModel: wholeModel, into: shared)
        }
        report(incumbent, bound: boundWorker)

        let construction = construct(decomposition, startingFrom: incumbent.plan)
        if incumbent.offer(construction.plan) { note("the blocks' plan replaces the greedy plan: objective \(incumbent.objective)") }
        report(incumbent, bound: boundWorker)

        let provenShortfall = fillSeats(&incumbent, decomposition, bound: boundWorker)
        untilProven(by: boundWorker).improve(&incumbent, decomposition, bound: boundWorker, relaxationExpected: wholeModel != nil,
                                             wholeModelColumns: modelSize.columns, unfinishedBlocks: construction.unfinishedBlocks,
                                             wholeModel: wholeModel)

        // The plan is done (with any plan the worker found meanwhile). While the gap is open and time is left,
        // the bound keeps the rest of it (its whole LP may still close the gap); then it is cancelled, and a
        // failed bound costs only its own strength.
        adoptPlanFound(by: boundWorker, into: &incumbent)
        let boundTime = stopRequested || closeEnough(incumbent, boundWorker) ? 1 : max(1, time.remaining)
        let (finalBound, failure) = boundWorker.finish(waitingAtMost: boundTime)
        boundWorker.cancel()
        if let failure { note("the bound stopped early: \(failure)") }
        adoptPlanFound(by: boundWorker, into: &incumbent)
        report(incumbent, bound: boundWorker)

        var result = PlanResult(
            // The bound is a proof: within the requested gap the plan counts as optimal (PlanResult grades it).
            instance: instance, plan: incumbent.plan, provenOptimal: true, failed: false, bound: finalBound,
            seconds: clock.elapsedSeconds, nodes: incumbent.nodes,
            modelSize: modelSize, options: options, solverVersion: solver.version
        )
        // Seats proven unavoidable, for the programmes the final plan leaves short (the improvement stage may
        // have filled others since).
        result.provenShortfall = Dictionary(uniqueKeysWithValues: provenShortfall.compactMap { id, seats in
            let short = result.metrics.shortfallByProgramme[id] ?? 0
            return short > 0 ? (id, min(seats, short)) : nil
        })
        return result
    }

    /// Stage 3: the blocks solved in order, each with the earlier blocks' cohorts fixed. A block that finds
    /// no plan in its time is solved once more, briefly, from its cohorts in `known` (the greedy plan, or a
    /// scenario's base plan) and over their schedules only (`BlockSchedules.planned`), which GLPK keeps as its
    /// incumbent when they still fit beside the earlier blocks (`SolveRun` returns a start whose root LP did
    /// not finish): the block then keeps those cohorts, or better ones on the same dates, instead of none (a
    /// county's 368-seat course did, and its whole quota short made the blocks' plan worse than the greedy
    /// plan, leaving every other block's work unused). Over every schedule that second model was as large as
    /// the first (34,745 columns, 7 s past its 2 s); over the known schedules it has 5,660 and is solved to
    /// optimality in 1.7 s (county-tight-away-s1's blocks' plan 1,311,803 → 923,077). The start is not offered to the first solve:
    /// its teachers and schedules widen the model (a city's 国培 block 1,805 → 4,143 columns), and the city's
    /// construction then ended at 5.87 M instead of 5.76 M, its plan at 600 s 1.57 % from the bound instead
    /// of 0.28 %.
    func construct(_ decomposition: Decomposition, startingFrom known: Plan = Plan(cohorts: [])) -> Construction {
        var plan = Plan(cohorts: [])
        var unfinishedBlocks = Set(decomposition.blocks.indices)
        let seconds = time.share(ofTotal: options.tuning.constructionShare)
        for (index, block) in decomposition.blocks.enumerated() where !stopRequested {
            // Each block gets at least 2 s, but never more than is left: the greedy plan covers blocks not reached.
            let blockSeconds = min(decomposition.share(index, of: seconds), time.remaining - 1)
            guard blockSeconds >= 0.5 else { break }
            let held = decomposition.seatShares.held(whilePlanning: index, after: plan)
            var outcome = solveBlock([block], keeping: plan, holding: held, seconds: blockSeconds)
            if outcome.finished { unfinishedBlocks.remove(index) }
            let start = Plan(cohorts: known.cohorts.filter { block.owns($0, in: instance) })
            if outcome.plan == nil, !start.cohorts.isEmpty, time.remaining > 2 {
                outcome = solveBlock([block], keeping: plan, holding: held, from: start, seconds: min(options.tuning.fallbackBlockSeconds, time.remaining - 1), schedules: .planned)
            }
            plan = outcome.plan ?? plan
            note("block \(block.name): objective \(PlanMetrics(instance: instance, plan: plan).objective)")
        }
        return Construction(plan: plan, unfinishedBlocks: unfinishedBlocks)
    }

    /// The blocks' plan, and the blocks GLPK did not finish: those whose own solve found no plan (their
    /// cohorts, if any, are the known plan's), those whose solve ended at its time limit (often over its LP's
    /// support only, which may leave out the dates a better plan needs), and those the construction did not
    /// reach (the known plan covers them). With site cohort counts GLPK found a plan for
    /// district-tight-away-s1's teaching course JY01 over its LP's support, as poor as the greedy one; counted
    /// among the blocks that found a plan, it got no "more dates", and the plan ended at 258,954 instead of
    /// 248,835.
    struct Construction {
        let plan: Plan
        let unfinishedBlocks: Set<Int>
    }

    /// Offers the plan the bound worker found (`BoundThread.offerFound`), if any, to the incumbent.
    func adoptPlanFound(by worker: BoundThread, into incumbent: inout Incumbent) {
        guard let plan = worker.takeFound(), incumbent.offer(plan) else { return }
        note("improved by the bound worker: objective \(incumbent.objective)")
        report(incumbent, bound: worker)
    }

    /// Whether the plan is within the requested gap of the best bound so far.
    func closeEnough(_ incumbent: Incumbent, _ bound: BoundThread) -> Bool {
        guard let best = bound.bound else { return false }
        return (incumbent.objective - best) / max(1, abs(incumbent.objective)) <= options.relativeGap
    }

    /// A line for the verbose log, stamped with the elapsed time.
    func note(_ text: String) {
        options.log?(String(format: "[%6.1f s] ", clock.elapsedSeconds) + text)
    }

    /// Shows progress, and logs it as one line the benchmark runner reads (time to reach a gap).
    func report(_ incumbent: Incumbent, bound worker: BoundThread) {
        worker.publishPlan(incumbent.plan, objective: incumbent.objective)
        let bound = worker.bound
        note("progress: incumbent \(incumbent.objective) bound \(bound.map { "\($0)" } ?? "none")")
        options.progress?(SolveProgress(incumbent: incumbent.objective, bound: bound, seconds: clock.elapsedSeconds, nodes: 0))
    }
}

extension PlanningOptions {
    /// The same options, also stopping when `cancelled` says so (the bound worker once the plan is done).
    func stopping(_ cancelled: @escaping @Sendable () -> Bool) -> PlanningOptions {
        var copy = self
        let user = shouldStop
        copy.shouldStop = { (user?() ?? false) || cancelled() }
        return copy
    }
}

extension SolveBlock {
    func owns(_ cohort: Cohort, in instance: Instance) -> Bool {
        cohort.programme == programme && covers(site: cohort.site, in: instance)
    }
}
