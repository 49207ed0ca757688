import MIP

/// LP rounding for a block too large for GLPK's branch and bound: open the K candidates its LP opens most,
/// for a few K, and let GLPK seat teachers in them (with the openings fixed the MIP is nearly an assignment
/// LP, solved in a second or two).
extension DecomposedSolve {
    /// The best plan over the tried K, with its SPEC objective, or nil when none gave a plan in time.
    /// `ranked`: the candidates the LP opens, most first; `lpOpenings`: the LP's number of cohorts opened.
    /// `build`: the block's model over the given candidates, with these teachers ungrouped.
    /// Which K: the LP's cohort count times 1, 1.5, 2 and 3, then halfway to the best one's neighbours (the
    /// cost is roughly unimodal in K). A 368-seat county course of two teaching days under away caps of one
    /// teacher a day: the LP spreads 8.3 cohorts over 42 dates, and its best plan needs about 20 of them
    /// (more dates let each school send more of its cheapest teachers, one a day); GLPK found no plan in
    /// 12 s over the LP's whole support.
    /// `lpOpenings` nil: only every candidate of `ranked` opened.
    func roundedOpenings(
        ranked: [CandidateKey], lpOpenings: Double?, fixed: FixedPart, deadline: Double,
        build: @escaping (Set<CandidateKey>, Set<Int>) -> PlanningModel
    ) throws -> (plan: Plan, objective: Double)? {
        guard !ranked.isEmpty else { return nil }
        var objectives: [Int: Double] = [:]
        var best: (plan: Plan, objective: Double, count: Int)?
        func attempt(_ count: Int) throws {
            guard objectives[count] == nil, deadline - clock.elapsedSeconds >= 0.5, !stopRequested else { return }
            let chosen = Set(ranked.prefix(count))
            let grouped = GroupedSolve(instance: instance, fixed: fixed) { singletons in
                build(chosen, singletons).openingEveryCandidate()
            }
            let outcome = try grouped.run { model in
                guard deadline - clock.elapsedSeconds >= 0.5 else { return .timedOutBeforeStart }
                var roundingOptions = options.solverOptions(remaining: deadline - clock.elapsedSeconds)
                roundingOptions.progress = nil
                return try solver.solve(model.mip, options: roundingOptions)
            }
            let objective = outcome.plan.map { PlanMetrics(instance: instance, plan: $0).objective } ?? .infinity
            objectives[count] = objective
            note("  rounding: \(count) of \(ranked.count) candidates open, \(outcome.result.termination), objective \(objective)")
            if let plan = outcome.plan, objective < best?.objective ?? .infinity { best = (plan, objective, count) }
        }
        let grid = lpOpenings.map { openings in [1.0, 1.5, 2, 3].map { min(ranked.count, max(1, Int((openings * $0).rounded(.up)))) } }
            ?? [ranked.count]
        var tried: [Int] = []
        for count in grid where !tried.contains(count) {
            try attempt(count)
            tried.append(count)
            // Past the best: more cohorts only add their cost.
            if let objective = objectives[count], let best, objective > best.objective { break }
        }
        if let found = best, let position = tried.sorted().firstIndex(of: found.count) {
            let sorted = tried.sorted()
            if position > 0 { try attempt((sorted[position - 1] + found.count + 1) / 2) }
            if position + 1 < sorted.count { try attempt((found.count + sorted[position + 1]) / 2) }
        }
        return best.map { ($0.plan, $0.objective) }
    }
}

extension PlanningModel {
    /// The model with at least one cohort opened on every candidate.
    func openingEveryCandidate() -> PlanningModel {
        var copy = self
        for opening in openings {
            let variable = copy.mip.variables[opening.index]
            if variable.upper >= 1 { copy.mip.setBounds(opening, lower: max(1, variable.lower), upper: variable.upper) }
        }
        return copy
    }
}
