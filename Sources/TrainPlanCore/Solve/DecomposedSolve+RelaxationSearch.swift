import MIP

/// A neighbourhood chosen by the whole LP and the plan together (relaxation induced neighbourhood search,
/// RINS): every opening and assignment on which the plan and the whole model's LP optimum agree is fixed,
/// and the whole model is solved over the rest. The blocks' neighbourhoods follow the programmes and their
/// regions; where a plan is stuck at their local optimum, what it could still gain is where it differs from
/// the LP, across every programme at once (an independent county stopped 1.2 % above its LP bound with
/// every block, pair and programme at its optimum).
extension DecomposedSolve {
    /// Solves the whole model with the agreeing variables fixed, started from the plan, for `seconds`;
    /// offers the result to `incumbent`. Returns whether the plan improved.
    @discardableResult
    func searchNearRelaxation(_ incumbent: inout Incumbent, _ relaxation: WholeRelaxation, seconds: Double, bound: BoundThread) -> Bool {
        let instance = self.instance
        let start = incumbent.plan
        let deadline = clock.elapsedSeconds + seconds
        let grouped = GroupedSolve(instance: instance) { singletons in
            singletons.isEmpty ? relaxation.model : ModelBuilder(instance: instance, singletons: singletons).build()
        }
        do {
            let outcome = try grouped.run(firstModel: relaxation.model) { model in
                // A rebuild with teachers ungrouped can come after the deadline: no solve then.
                guard deadline - clock.elapsedSeconds >= 1 else { return .timedOutBeforeStart }
                let startValues = model.startingValues(for: start)
                let lp = relaxation.values(for: model)
                guard let restricted = model.mip.fixing(model.agreeing(startValues, lp)) else {
                    // The plan breaks a row of this model with only agreeing values in it: nothing to search.
                    note("  near the LP: the plan's fixed part breaks a row of the whole model; not searched")
                    return SolveResult(termination: .infeasible, hasSolution: false, objective: nil, bound: nil,
                                       values: [], seconds: 0, nodes: 0, rawCode: 0, rawText: "fixed part infeasible")
                }
                var searchOptions = options.solverOptions(remaining: max(1, deadline - clock.elapsedSeconds))
                searchOptions.progress = nil
                searchOptions.startingSolution = restricted.restrict(startValues)
                var result = try solver.solve(restricted.model, options: searchOptions)
                note("  near the LP: \(restricted.model.variables.count) of \(model.mip.variables.count) columns free, \(result.termination)")
                if result.hasSolution { result.values = restricted.expand(result.values) }
                return result
            }
            incumbent.nodes += outcome.nodes
            guard let plan = outcome.plan, incumbent.offer(plan) else { return false }
            note("improved near the LP: objective \(incumbent.objective)")
            report(incumbent, bound: bound)
            return true
        } catch {
            note("  near the LP: the solver failed (\(error)); the plan so far is kept")
            return false
        }
    }
}

extension PlanningModel {
    /// The openings and assignments on which `plan` and `lp` (values of this model) agree, at their values.
    func agreeing(_ plan: [Double], _ lp: [Double]) -> [Int: Double] {
        var fixed: [Int: Double] = [:]
        let columns = openings.map(\.index) + assignments.map(\.variable.index)
        for column in columns where abs(plan[column] - lp[column]) < 1e-6 { fixed[column] = plan[column] }
        return fixed
    }
}
