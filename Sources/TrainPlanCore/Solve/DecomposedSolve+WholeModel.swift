import MIP

/// The exact whole-model MIP of a decomposed solve: every teacher and candidate, nothing fixed, started from a
/// plan, when the model is no larger than a neighbourhood may be (`pair_column_limit`). Its MIP bound bounds
/// the instance (the grouped model is a relaxation of the SPEC model), which the LP bounds cannot do: a
/// district-size instance stopped 0.08 % above its LP bound with every neighbourhood at its optimum.
/// It runs on whichever thread claims it first (`BoundThread.claimWholeModel`): the bound worker as soon
/// as the whole LP is solved, on the core the worker would otherwise leave idle (a district's LP takes 4–23 s
/// of its 60); the plan search when it has no neighbourhood left before that, or when the worker cannot
/// (its LP failed or did not finish). Where the programmes' MIPs already prove more than the whole LP, and for
/// a larger whole model (up to `whole_model_lp_column_limit`), the worker claims it but solves it only when
/// idle, between its searches near the LP, from each new plan (`solveWholeModelUntilNewPlan`).
extension DecomposedSolve {
    /// Whether a whole model of this many columns is solved exactly (nil: size unknown, so no).
    func solvesWholeModel(columns: Int?) -> Bool { (columns ?? .max) <= options.tuning.pairColumnLimit }

    /// Solves the whole model (`first`: it as built, no teacher ungrouped; nil: built here; `basis`: the optimal
    /// basis of `first`'s LP, for its root) from `start` with
    /// the time left, and publishes its MIP bound to `bound` as the search raises it. Returns the plan it found
    /// (nil: none), or nil without solving when time is short. The caller checks the size first
    /// (`solvesWholeModel`): a city's whole model takes seconds and a gigabyte to build.
    /// `stopBelow`: an objective; the MIP also stops at a plan below it (the worker's MIP hands such a plan
    /// over at once rather than at its end).
    func solveWholeModel(_ first: PlanningModel? = nil, basis: LPBasis? = nil, from start: Plan, bound: BoundThread,
                         stopBelow: Double? = nil) throws -> (plan: Plan?, nodes: Int, failed: Bool)? {
        guard time.remaining > 5 else { return nil }
        var isFirstModel = true
        let startObjective = PlanMetrics(instance: instance, plan: start).objective
        let gap = options.relativeGap
        let instance = self.instance
        let grouped = GroupedSolve(instance: instance) { ModelBuilder(instance: instance, singletons: $0).build() }
        let outcome = try grouped.run(firstModel: first) { model in
            var wholeOptions = options.solverOptions(remaining: max(1, time.remaining - 1))
            // The MIP's bound rises during the search; published as it does, it can close the gap early.
            wholeOptions.progress = { progress in
                if let raised = progress.bound, raised.isFinite { bound.publish(raised) }
            }
            let user = wholeOptions.shouldStop
            wholeOptions.shouldStop = { (user?() ?? false) || bound.gapClosed(within: options.relativeGap) }
            // GLPK's own branching choice, not the openings first (`honoursBranchingHints`): with MIR cuts, the
            // hints took district-a's tree from 3 nodes and 5.7 s to 130-odd nodes and 15 s.
            // GLPK's MIR cuts raise its tree's bound where branching alone barely does (district-a proven at
            // 7.7–11 s with every family against 16 s without cuts). MIR cuts alone prove district-a at 6.5–7.5 s
            // and district-s3 at 7.4–8.1 s; every family 9.4–10.3 s and 17–20 s, clique cuts alone 16 s and
            // 6.7 s, clique and MIR 6.6 s and 17 s (with every block at once on clique cuts beside it). The
            // worker passes the whole LP's optimal basis: from it the root LP takes no iteration (district-a's
            // took 1.3 s from scratch).
            wholeOptions.cuts = .mixedIntegerRounding
            if isFirstModel { wholeOptions.startingBasis = basis }
            isFirstModel = false
            let encoded = model.startingEncoding(for: start)
            wholeOptions.startingSolution = encoded.values
            // On either thread, a plan the bound proves ends it (the worker's options have no goal of their own).
            if encoded.whole {
                let below = stopBelow.map { $0 - 1e-9 * max(1, abs($0)) }
                wholeOptions.stopAtPlanGoal({ [below] in
                    let closing = bound.objectiveClosingGap(within: gap)
                    guard let below else { return closing }
                    return max(closing ?? below, below)
                }, model: model.mip, start: encoded.values, startPlanObjective: startObjective)
            }
            let result = try solver.solve(model.mip, options: wholeOptions)
            note("  whole model: \(model.mip.variables.count) columns, \(result.termination)")
            return result
        }
        let failed = outcome.result.termination == .error
        if let proven = outcome.result.bound, proven.isFinite, !failed { bound.publish(proven) }
        return (outcome.plan, outcome.nodes, failed)
    }

    /// The bound worker's turn at the whole model, after its LP: a plan it finds is handed to the plan search
    /// (`BoundThread.foundPlan`).
    func solveWholeModelForBound(_ wholeModel: PlanningModel, basis: LPBasis?, _ shared: BoundThread) throws {
        guard let start = shared.latestPlan, shared.claimWholeModel() else { return }
        note("the bound worker solves the whole model exactly")
        guard let solved = try solveWholeModel(wholeModel, basis: basis, from: start, bound: shared), let plan = solved.plan else { return }
        shared.offerFound(plan, objective: PlanMetrics(instance: instance, plan: plan).objective)
    }
}
