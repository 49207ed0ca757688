import Foundation
import MIP

/// A neighbourhood chosen by the whole LP and the plan together (relaxation induced neighbourhood search,
/// RINS): every opening and assignment on which the plan and the whole model's LP optimum agree is fixed,
/// and the whole model is solved over the rest. The blocks' neighbourhoods follow the programmes and their
/// regions; where a plan is stuck at their local optimum, what it could still gain is where it differs from
/// the LP, across every programme at once (an independent county stopped 1.2 % above its LP bound with
/// every block, pair and programme at its optimum).
extension DecomposedSolve {
    /// Solves the whole model with the agreeing variables fixed, started from the plan, for `seconds`;
    /// offers the result to `incumbent`. With `programmes`, the openings and assignments of every other
    /// programme stay as the plan has them too: a smaller model that GLPK can finish. `bound`: where the plan
    /// search reports a better plan (nil on the bound worker, whose plan is not the search's). `ungrouping`:
    /// teachers ungrouped from the start (`RelaxationSearchOutcome.ungrouped` of a search from the same plan).
    @discardableResult
    func searchNearRelaxation(
        _ incumbent: inout Incumbent, _ relaxation: WholeRelaxation, programmes: Set<Int>? = nil, seconds: Double, bound: BoundThread?,
        ungrouping: Set<Int> = []
    ) -> RelaxationSearchOutcome {
        let scope = programmes.map { " in " + $0.sorted().map { instance.programmes[$0].id }.joined(separator: "+") } ?? ""
        return searchWholeModel(&incumbent, relaxation.model, named: "near the LP" + scope, seconds: seconds, bound: bound,
                                ungrouping: ungrouping) { model, plan in
            model.agreeing(plan, relaxation.values(for: model), freeing: programmes)
        }
    }

    /// Solves the whole model `whole` with the columns `fixing` picks (from the model and the plan's values of
    /// its columns) fixed at the plan's values, started from the plan, for `seconds`; offers the result to
    /// `incumbent`. `bound`: where the plan search reports a better plan (nil on the bound worker, whose plan
    /// is not the search's). `gap`: GLPK's relative gap, of the whole objective (the fixed columns' costs are
    /// its constant); nil = the user's. `ungrouping`: teachers ungrouped from the first model on.
    func searchWholeModel(
        _ incumbent: inout Incumbent, _ whole: PlanningModel, named name: String, seconds: Double, gap: Double? = nil,
        bound: BoundThread?, ungrouping: Set<Int> = [], fixing: (PlanningModel, [Double]) -> [Int: Double]
    ) -> RelaxationSearchOutcome {
        let instance = self.instance
        let start = incumbent.plan
        let startObjective = incumbent.objective
        let deadline = clock.elapsedSeconds + seconds
        let grouped = GroupedSolve(instance: instance) { singletons in
            singletons.isEmpty ? whole : ModelBuilder(instance: instance, singletons: singletons).build()
        }
        do {
            let outcome = try grouped.run(firstModel: whole, ungrouping: ungrouping) { model in
                // A rebuild with teachers ungrouped can come after the deadline: no solve then.
                guard deadline - clock.elapsedSeconds >= 1 else { return .timedOutBeforeStart }
                let (startValues, startEncodedWhole) = model.startingEncoding(for: start)
                guard let restricted = model.mip.fixing(fixing(model, startValues)) else {
                    // The plan breaks a row of this model with only fixed values in it: nothing to search.
                    note("  \(name): the plan's fixed part breaks a row of the whole model; not searched")
                    return SolveResult(termination: .infeasible, hasSolution: false, objective: nil, bound: nil,
                                       values: [], seconds: 0, nodes: 0, rawCode: 0, rawText: "fixed part infeasible")
                }
                var searchOptions = options.solverOptions(remaining: max(1, deadline - clock.elapsedSeconds), gap: gap)
                searchOptions.progress = nil
                searchOptions.startingSolution = restricted.restrict(startValues)
                if let values = searchOptions.startingSolution, startEncodedWhole {
                    searchOptions.stopAtPlanGoal(options.planObjectiveGoal, model: restricted.model, start: values, startPlanObjective: startObjective)
                }
                var result = try solver.solve(restricted.model, options: searchOptions)
                note("  \(name): \(restricted.model.variables.count) of \(model.mip.variables.count) columns free, \(result.termination)")
                if result.hasSolution { result.values = restricted.expand(result.values) }
                return result
            }
            incumbent.nodes += outcome.nodes
            let finished = outcome.result.termination == .optimal || outcome.result.termination == .infeasible
            guard let plan = outcome.plan, incumbent.offer(plan) else {
                return RelaxationSearchOutcome(improved: false, finished: finished, ungrouped: outcome.singletons)
            }
            note("improved \(name): objective \(incumbent.objective)")
            if let bound { report(incumbent, bound: bound) }
            return RelaxationSearchOutcome(improved: true, finished: finished, ungrouped: outcome.singletons)
        } catch {
            note("  \(name): the solver failed (\(error)); the plan so far is kept")
            return RelaxationSearchOutcome(improved: false, finished: false)
        }
    }

    /// The bound worker's use of its core once the whole LP is solved and the exact MIP is out of reach (a
    /// county's 60–80k columns) or would start below the bound the programmes' MIPs proved (`searchBound`):
    /// the search near the LP across every programme, from the plan search's latest plan, again whenever that
    /// plan changes (for twice as long when the last search ran out of time without a better plan:
    /// `relaxationSearchSeconds(after:)`). A better plan goes to the plan search (`BoundThread.offerFound`),
    /// which meanwhile searches near the LP one programme at a time. On county-b that search across every
    /// programme, run by the plan search after the programmes' ones, gained 350–870 points in 5 s each time.
    /// With nothing left near the plan, the core goes to the exact whole-model MIP from the plan (`basis`: the
    /// whole LP's optimal basis, so that its root takes no iteration), until the plan search finds a better
    /// plan: its tree raises the bound, where the core sat idle (county-b's from 42 s to 57 s). The worker
    /// claims that MIP (`BoundThread.claimWholeModel`) so that the plan search does not run it beside it; if
    /// the plan search claimed it first, the worker waits for new plans instead.
    func searchNearRelaxationForPlans(_ relaxation: WholeRelaxation, basis: LPBasis? = nil, _ shared: BoundThread) {
        guard shared.latestPublished != nil else { return }
        shared.searchesNearRelaxation = true
        var last: (objective: Double, seconds: Double, outcome: RelaxationSearchOutcome)?
        var wholeModelWorthTrying = shared.claimWholeModel()
        /// The objective of the plan the exact MIP last started from: not again from the same plan (a MIP that
        /// ends without closing the gap would end the same way).
        var exactMIPFrom: Double?
        /// The worker's own latest plan, handed over but perhaps not yet taken: the next search starts from it
        /// while it is better than the search's.
        var own: (plan: Plan, objective: Double)?
        while remaining > options.tuning.relaxationSearchSecondsLeft + 1, !stopRequested, !shared.gapClosed(within: options.relativeGap) {
            guard var (start, objective) = shared.latestPublished else { return }
            if let own, own.objective < objective - 1e-9 * max(1, abs(objective)) { (start, objective) = own }
            let seconds = relaxationSearchSeconds(after: last.map { ($0.seconds, $0.outcome) })
            if let last, abs(last.objective - objective) < 1e-6 {
                if last.outcome.finished {
                    // Nothing left near this plan: the exact MIP until a new one (not again once it failed or
                    // found too little time, nor again from this plan), or a wait for it.
                    if wholeModelWorthTrying, exactMIPFrom.map({ abs($0 - objective) >= 1e-6 }) ?? true {
                        exactMIPFrom = objective
                        let outcome = solveWholeModelUntilNewPlan(relaxation, basis: basis, from: start, objective: objective, shared)
                        wholeModelWorthTrying = outcome.worthTryingAgain
                        if let found = outcome.found { own = found }
                    } else {
                        Thread.sleep(forTimeInterval: 0.2)
                    }
                    continue
                }
            }
            var local = Incumbent(instance: instance, plan: start)
            // Again from the same plan (the last search ran out of time), the teachers it ungrouped are ungrouped
            // from the start: its grouped model, when finished, would give the same answer again, and ungrouped
            // teachers only make the model more exact. district-dense-songjiao-s1's worker solved its grouped
            // model (4.6 s, optimal) twice before the ungrouped one found a plan.
            let ungrouping = last.flatMap { abs($0.objective - objective) < 1e-6 ? $0.outcome.ungrouped : nil } ?? []
            let outcome = searchNearRelaxation(&local, relaxation, seconds: seconds, bound: nil, ungrouping: ungrouping)
            if outcome.improved {
                shared.offerFound(local.plan, objective: local.objective)
                own = (local.plan, local.objective)
            }
            last = (objective, seconds, outcome)
        }
    }

    /// The exact whole-model MIP from `start` (`solveWholeModel`) while the plan search's plan stays above
    /// `objective`: a better one stops it, and the search near the LP resumes from that plan. It also stops at
    /// a better plan of its own, which goes to the plan search at once (held to the MIP's end, it would arrive
    /// seconds before the limit) and is returned. `worthTryingAgain` is false when the solver failed or too
    /// little time was left to start.
    private func solveWholeModelUntilNewPlan(
        _ relaxation: WholeRelaxation, basis: LPBasis?, from start: Plan, objective: Double, _ shared: BoundThread
    ) -> (found: (plan: Plan, objective: Double)?, worthTryingAgain: Bool) {
        let newPlan: @Sendable () -> Bool = { (shared.incumbent ?? objective) < objective - 1e-9 * max(1, abs(objective)) }
        let untilNewPlan = DecomposedSolve(instance: instance, solver: solver, options: options.stopping(newPlan), clock: clock)
        note("the bound worker solves the whole model exactly until the plan changes")
        do {
            guard let solved = try untilNewPlan.solveWholeModel(relaxation.model, basis: basis, from: start, bound: shared,
                                                                stopBelow: objective),
                  !solved.failed else { return (nil, false) }
            guard let plan = solved.plan else { return (nil, true) }
            let found = PlanMetrics(instance: instance, plan: plan).objective
            guard found < objective - 1e-9 * max(1, abs(objective)) else { return (nil, true) }
            shared.offerFound(plan, objective: found)
            return ((plan, found), true)
        } catch {
            note("  whole model: the solver failed (\(error)); the plan so far is kept")
            return (nil, false)
        }
    }

    /// Seconds for one search near the LP across every programme: `relaxation_search_share` of the time left,
    /// at least `neighbourhood_minimum_seconds`, never past the limit.
    var relaxationSearchSeconds: Double {
        min(remaining - 1, max(options.tuning.neighbourhoodMinimumSeconds, options.tuning.relaxationSearchShare * (remaining - 1)))
    }

    /// Seconds for the next search near the LP across every programme after `last` (nil: none yet): twice the
    /// last one's when it ran out of time without a better plan, from whichever plan, else
    /// `relaxationSearchSeconds`. A new plan differs from the last in a programme or two and leaves the search
    /// as hard: county-b's bound worker ran four 5-s searches in a row over 8.4–8.9k free columns out of time
    /// (0.52 %), doubled the second found 260,036 and the gap ended at 0.31 %. The plan search's own such
    /// search (districts) follows the same rule; on the district class it changed nothing measurable.
    func relaxationSearchSeconds(after last: (seconds: Double, outcome: RelaxationSearchOutcome)?) -> Double {
        guard let last, !last.outcome.finished, !last.outcome.improved else { return relaxationSearchSeconds }
        return min(remaining - 1, max(relaxationSearchSeconds, 2 * last.seconds))
    }

    /// The programmes whose openings or assignments the plan and the whole LP disagree on, most disagreements
    /// first.
    func programmesDisagreeing(with relaxation: WholeRelaxation, plan: Plan) -> [Int] {
        let model = relaxation.model
        let planned = model.startingValues(for: plan)
        var counts: [Int: Int] = [:]
        for (column, programme) in model.decisionColumns() where !PlanningModel.agree(planned[column], relaxation.values[column]) {
            counts[programme, default: 0] += 1
        }
        return counts.keys.sorted { (counts[$0]!, $1) > (counts[$1]!, $0) }
    }
}

/// What a search near the whole LP did.
struct RelaxationSearchOutcome: Equatable {
    /// The plan improved.
    var improved: Bool
    /// The solver finished its model (proved it optimal or empty) rather than running out of time.
    var finished: Bool
    /// The teachers ungrouped in the last model built (`GroupedSolve.Outcome.singletons`), solved or not.
    var ungrouped: Set<Int> = []
}

extension PlanningModel {
    /// The openings and assignments on which `plan` and `lp` (values of this model) agree, at their values,
    /// and, when `programmes` is given, every opening and assignment of the other programmes at the plan's.
    func agreeing(_ plan: [Double], _ lp: [Double], freeing programmes: Set<Int>? = nil) -> [Int: Double] {
        var fixed: [Int: Double] = [:]
        for (column, programme) in decisionColumns()
        where Self.agree(plan[column], lp[column]) || programmes?.contains(programme) == false {
            fixed[column] = plan[column]
        }
        return fixed
    }

    /// Every opening and assignment column, with the programme of its candidate.
    func decisionColumns() -> [(column: Int, programme: Int)] {
        openings.enumerated().map { ($1.index, candidates[$0].programme) }
            + assignments.map { ($0.variable.index, candidates[$0.candidate].programme) }
    }

    /// Whether a plan's value and an LP's value of a column are the same (the LP's rounding aside).
    static func agree(_ planned: Double, _ relaxed: Double) -> Bool { abs(planned - relaxed) < 1e-6 }
}
