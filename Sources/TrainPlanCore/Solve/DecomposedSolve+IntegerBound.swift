import MIP

/// The integer pass of the decomposed bound: programmes whose parts are small MIPs are bounded by GLPK's
/// branch and bound instead of their LP.
extension DecomposedSolve {
    /// The bound of `pass` (every programme bounded alone, with `multipliers`) with each programme's part
    /// raised to what branch and bound proves: a home-district programme as the sum over its 学区 blocks (its
    /// total quota and shared team dropped, as in `districtsBound`), any other programme whole. A MIP stopped
    /// by its time limit still counts its tree bound; one that fails or proves nothing leaves the LP part.
    /// Any proven bound of a relaxation is a bound, so the sum stays valid.
    /// Each MIP has at most `integer_bound_column_limit` columns (sized by its layout before it is built:
    /// `columns` are the programmes' bound models' sizes) and `integer_bound_block_seconds`; the pass takes at
    /// most `integer_bound_share` of the time left (0 turns it off).
    /// Why: the LP of a 送教 学区 block opens fractions of cohorts spread over its schedules.
    /// county-loose-quotas-s1's twelve 学区 blocks are 0.7–2.3 % above their LPs, 2,750 points in all, and
    /// GLPK solves each in 0.1–0.2 s with the cohorts per site to branch on (`addSiteCohortCountColumns`).
    /// Publishes the bound after each programme that gains; returns it, and each programme's proven part.
    func integerPass(
        _ blocks: [SolveBlock], pass: BoundPassResult, multipliers: [Int: Double], columns: [Double],
        publish: (Double) -> Void
    ) -> (bound: Double, proven: [Int: Double]) {
        var provenParts: [Int: Double] = [:]
        let tuning = options.tuning
        var total = pass.bound - multipliers.values.reduce(0, +)
        let deadline = clock.elapsedSeconds + tuning.integerBoundShare * remaining
        func secondsLeft() -> Double { min(deadline - clock.elapsedSeconds, remaining - 1) }
        for (index, block) in blocks.enumerated() {
            let districts = districtBlocks(of: block.programme)
            guard let lpPart = pass.parts[index], columns[index] <= Double(tuning.integerBoundColumnLimit) || !districts.isEmpty
            else { continue }
            guard secondsLeft() >= 0.5, !stopRequested else { break }
            let units = districts.isEmpty ? [block] : districts
            // Every unit sized before any is solved: one 学区 too large makes the others' MIPs useless.
            let builders = units.map { boundBuilder([$0], multipliers: multipliers) }
            let layouts = builders.map { $0.layout() }
            guard layouts.allSatisfy({ $0.decisionColumns <= tuning.integerBoundColumnLimit }) else { continue }
            var proven: Double? = 0
            for (builder, layout) in zip(builders, layouts) {
                let model = builder.build(layout)
                let seconds = min(tuning.integerBoundBlockSeconds, secondsLeft())
                guard seconds >= 0.5, !stopRequested, let bound = mipBound(model.mip, seconds: seconds) else {
                    proven = nil
                    break
                }
                proven? += bound
            }
            guard let proven else { continue }
            note("integer bound \(block.name): \(units.count) MIP\(units.count == 1 ? "" : "s"), \(proven) (LP \(lpPart))")
            provenParts[index] = proven
            if proven > lpPart {
                total += proven - lpPart
                publish(total)
            }
        }
        return (total, provenParts)
    }

    /// The lower bound branch and bound proves on `model` within `seconds`; nil when it proves none or fails
    /// (a failure here must not end the bound worker, whose later stages still bound the instance).
    private func mipBound(_ model: Model, seconds: Double) -> Double? {
        var mipOptions = options.solverOptions(remaining: seconds)
        mipOptions.progress = nil
        mipOptions.honoursBranchingHints = true
        do {
            return try solver.solve(model, options: mipOptions).bound
        } catch {
            note("integer bound: MIP failed (\(error)); its LP part stays")
            return nil
        }
    }
}
