import MIP

/// The integer pass of the decomposed bound: programmes whose parts are small MIPs are bounded by GLPK's
/// branch and bound instead of their LP.
extension DecomposedSolve {
    /// The bound of `pass` (with `multipliers`) with each programme's part, or a merged part's programmes
    /// together (`BoundPassResult.integerGain`), raised to what branch and bound proves: a home-district
    /// programme as the sum over its 学区 blocks (its total quota and shared team dropped, as in
    /// `districtsBound`), any other programme whole. A MIP stopped
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
        let lpTotal = pass.bound - multipliers.values.reduce(0, +)
        var total = lpTotal
        let deadline = clock.elapsedSeconds + tuning.integerBoundShare * remaining
        func secondsLeft() -> Double { min(deadline - clock.elapsedSeconds, remaining - 1) }
        let districtsOf = blocks.map { districtBlocks(of: $0.programme) }
        let small = { (index: Int) in columns[index] <= Double(tuning.integerBoundColumnLimit) || !districtsOf[index].isEmpty }
        // A merged part gains only once every programme of it is proven: none is tried when one cannot be.
        var hopeless = Set(pass.mergedParts.keys.filter { !$0.allSatisfy(small) }.joined())
        func giveUpMergedPart(of index: Int) {
            if let part = pass.mergedParts.keys.first(where: { $0.contains(index) }) { hopeless.formUnion(part) }
        }
        for (index, block) in blocks.enumerated() {
            let districts = districtsOf[index]
            guard small(index), !hopeless.contains(index) else { continue }
            guard secondsLeft() >= 0.5, !stopRequested else { break }
            let units = districts.isEmpty ? [block] : districts
            // Every unit sized before any is solved: one 学区 too large makes the others' MIPs useless.
            let builders = units.map { boundBuilder([$0], multipliers: multipliers) }
            let layouts = builders.map { $0.layout() }
            guard layouts.allSatisfy({ $0.decisionColumns <= tuning.integerBoundColumnLimit }) else {
                giveUpMergedPart(of: index)
                continue
            }
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
            guard let proven else {
                giveUpMergedPart(of: index)
                continue
            }
            note("integer bound \(block.name): \(units.count) MIP\(units.count == 1 ? "" : "s"), \(proven) (LP \(pass.parts[index].map { "\($0)" } ?? "merged"))")
            provenParts[index] = proven
            let raised = lpTotal + pass.integerGain(proven: provenParts)
            if raised > total {
                total = raised
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

extension BoundPassResult {
    /// What the programmes' MIPs `proven` (by block index, with this pass's multipliers) add to its bound: each
    /// programme bounded alone, its MIP's excess over its LP part; each merged part, once all its programmes
    /// are proven, the excess of their MIPs' sum over the part's LP (each MIP bounds its own programme, so
    /// their sum bounds the part less the rule that joins them). district-tight-away-s1's three 国培 courses:
    /// merged LP 21,084, their MIPs 21,236; the integer pass after the merge had left them at their LP.
    func integerGain(proven: [Int: Double]) -> Double {
        let alone = parts.reduce(0) { $0 + max(0, (proven[$1.key] ?? -.infinity) - $1.value) }
        let merged = mergedParts.reduce(0.0) { sum, part in
            let members = part.key.compactMap { proven[$0] }
            return sum + (members.count == part.key.count ? max(0, members.reduce(0, +) - part.value) : 0)
        }
        return alone + merged
    }
}
