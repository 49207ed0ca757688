import MIP

/// The integer pass of the decomposed bound: programmes whose parts are small MIPs are bounded by GLPK's
/// branch and bound instead of their LP.
extension DecomposedSolve {
    /// With the multipliers of the last round, each programme's part of the bound raised to what branch and
    /// bound proves: a home-district programme as the sum over its 学区 blocks (its total quota and shared
    /// team dropped, as in `districtsBound`), any other programme whole. Each MIP has at most
    /// `integer_bound_column_limit` columns and `integer_bound_block_seconds`, the pass at most
    /// `integer_bound_share` of the time left; the bound GLPK proves by its time limit still counts (never
    /// below the LP). Any proven bound of a relaxation is a bound, so the sum stays valid.
    /// Why: the LP of a 送教 学区 block opens fractions of cohorts across its schedules. county-loose-quotas-s1's
    /// twelve 学区 blocks are 0.7–2.3 % above their LPs, 2,750 points in all, and GLPK solves each in 0.2 s
    /// with the cohort counts to branch on (`addCohortCountColumns`).
    /// Publishes the total after each programme that gains; returns it.
    func integerPass(
        _ blocks: [SolveBlock], lpParts: [Int: Double], multipliers: [Int: Double], publish: (Double) -> Void
    ) throws -> Double {
        let subtracted = multipliers.values.reduce(0, +)
        var parts = lpParts
        var total: Double { parts.values.reduce(0, +) - subtracted }
        let tuning = options.tuning
        let deadline = clock.elapsedSeconds + tuning.integerBoundShare * remaining
        let districtBlocks = Dictionary(grouping: SolveBlock.blocks(of: instance, regionLinkKm: tuning.regionLinkKm)
            .filter { $0.district != nil }, by: \.programme)
        for (index, block) in blocks.enumerated() {
            guard let lpPart = lpParts[index] else { continue }
            let units = districtBlocks[block.programme] ?? [block]
            var proven = 0.0
            var complete = true
            for unit in units {
                let seconds = min(tuning.integerBoundBlockSeconds, deadline - clock.elapsedSeconds, remaining - 1)
                guard seconds >= 0.5, !stopRequested else { complete = false; break }
                let model = boundModel([unit], multipliers: multipliers)
                guard model.mip.variables.count <= tuning.integerBoundColumnLimit else { complete = false; break }
                var mipOptions = options.solverOptions(remaining: seconds)
                mipOptions.progress = nil
                mipOptions.honoursBranchingHints = true
                guard let bound = try solver.solve(model.mip, options: mipOptions).bound else { complete = false; break }
                proven += bound
            }
            guard complete else { continue }
            note("integer bound \(block.name): \(units.count) MIP\(units.count == 1 ? "" : "s"), \(proven) (LP \(lpPart))")
            if proven > lpPart {
                parts[index] = proven
                publish(total)
            }
        }
        return total
    }
}
