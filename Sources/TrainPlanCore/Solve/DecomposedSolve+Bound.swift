import MIP

/// The bound of a decomposed solve: programme by programme, with priority multipliers (see `run`).
extension DecomposedSolve {
    /// The bound pass, then subgradient rounds on the multipliers until the rounds or the time run out, and
    /// the whole model's LP when the model was kept (`wholeModel`): before the rounds (which it makes needless)
    /// when the model is small, after them when large. Every better bound is published to `shared` as it is
    /// found.
    func searchBound(
        _ blocks: [SolveBlock], multipliers initial: [Int: Double], wholeModel: PlanningModel?, into shared: BoundThread
    ) throws {
        var multipliers = initial
        var models = boundModels(blocks, multipliers: multipliers)
        let columns = models.map { Double(max(1, $0.mip.variables.count)) }
        let totalColumns = columns.reduce(0, +)
        let seconds = { (index: Int) in max(min(20, 0.15 * self.budget), 0.4 * self.budget * columns[index] / totalColumns) }
        func publish(_ bound: Double) {
            let best = shared.publish(bound)
            let incumbent = shared.incumbent
            note("progress: incumbent \(incumbent.map { "\($0)" } ?? "none") bound \(best)")
            options.progress?(SolveProgress(incumbent: incumbent, bound: best, seconds: clock.elapsedSeconds, nodes: 0))
        }
        func closeEnough() -> Bool {
            guard let incumbent = shared.incumbent, let bound = shared.bound else { return false }
            return (incumbent - bound) / max(1, abs(incumbent)) <= options.relativeGap
        }

        let start = clock.elapsedSeconds
        var pass = try boundPass(blocks, models, seconds: seconds)
        models = []  // a city's programme models hold a gigabyte
        let passSeconds = clock.elapsedSeconds - start
        publish(pass.bound - multipliers.values.reduce(0, +))
        // The whole model's LP keeps every rule that joins programmes, which the sum above drops (an independent
        // county: 259,061 against 254,832 after the multiplier rounds), and no round can beat it: each round's
        // programme LPs relax it. It also tells the plan search where to look (`searchNearRelaxation`). A model
        // small enough gets it before the rounds; a larger one after them, with the time left, since an LP
        // that does not finish leaves only the first pass's bound. Before the rounds it may take a share of the
        // time left (`wholeLPFirstShare`), so that the rounds still run when it does not finish (a generated
        // county's 77k-column LP did not finish in 48 s where an independent county's 66k took 14 s).
        func wholeLP(seconds: Double) throws -> Bool {
            guard let wholeModel, remaining > 2, !stopRequested, !closeEnough(),
                  let relaxation = try lpSolution(wholeModel.mip, seconds: seconds) else { return false }
            note("bound by the whole model's LP (\(wholeModel.mip.variables.count) columns): \(relaxation.bound)")
            shared.relaxation = WholeRelaxation(model: wholeModel, values: relaxation.values)
            publish(relaxation.bound)
            return true
        }
        let lpFirst = (wholeModel?.mip.variables.count ?? .max) <= options.tuning.wholeLPBeforeRoundsColumnLimit
        if lpFirst, try wholeLP(seconds: options.tuning.wholeLPFirstShare * remaining) { return }
        for _ in 0..<options.tuning.multiplierRounds where remaining > passSeconds + 1 && !stopRequested && !closeEnough() {
            multipliers = priorityMultipliers(after: multipliers, training: pass.training)
            guard !multipliers.isEmpty else { break }
            pass = try boundPass(blocks, boundModels(blocks, multipliers: multipliers), seconds: seconds)
            let total = pass.bound - multipliers.values.reduce(0, +)
            note("bound with priority multipliers on \(multipliers.count) teachers: \(total)")
            publish(total)
        }
        if !lpFirst { _ = try wholeLP(seconds: remaining - 1) }
    }

    /// Each programme alone with its own quotas, every teacher's priority reward lowered by their multiplier.
    func boundModels(_ blocks: [SolveBlock], multipliers: [Int: Double]) -> [PlanningModel] {
        let instance = self.instance
        return blocks.map { block in
            var builder = ModelBuilder(
                instance: instance, scope: { block.contains($0, in: instance) },
                quotaRows: { block.ownsQuota($0, in: instance) }
            )
            builder.priorityMultipliers = multipliers
            return builder.build()
        }
    }

    /// Σ over blocks of the LP bound of each block alone: each block keeps its own rules and quotas, and the
    /// rules that join blocks (a teacher's dates and exclusive groups across programmes, schools' away caps
    /// and shared rooms and teams, the priority reward counted once per teacher) are dropped or split so that
    /// each part is a relaxation; concentration costs split into parts whose sum is at most the whole.
    /// A programme with more than `boundLPColumnLimit` columns, or whose LP does not finish in its time, is
    /// bounded by the best of its aggregated relaxation's LP (equal to the LP on a city's 骨干 and 置换
    /// courses), its LP by column generation (`Model.pricedLPBound`: a city's 国培 course, 150,561 where the
    /// aggregated LP gives 132,003), and, when that does not finish, its district blocks' LPs (the
    /// programme's total quota dropped); at worst, its objective's least value over the variables' bounds.
    /// Also returns, per teacher, how much of them the programmes' LPs train in all (1 = once).
    func boundPass(
        _ blocks: [SolveBlock], _ models: [PlanningModel], seconds: (Int) -> Double
    ) throws -> (bound: Double, training: [Int: Double]) {
        var total = 0.0
        var training: [Int: Double] = [:]
        for (index, model) in models.enumerated() {
            if stopRequested || remaining < 2 {
                total += model.mip.leastObjectiveOverBounds
                continue
            }
            let tryLP = model.mip.variables.count <= options.tuning.boundLPColumnLimit
            if tryLP, let solution = try lpSolution(model.mip, seconds: seconds(index)) {
                note("bound \(blocks[index].name): \(model.mip.variables.count) columns, \(solution.bound)")
                total += solution.bound
                for (teacher, share) in model.trainedShares(solution.values) { training[teacher, default: 0] += share }
                continue
            }
            var part = model.mip.leastObjectiveOverBounds
            var shares: [Int: Double] = [:]
            let started = clock.elapsedSeconds
            if let relaxation = model.aggregatedRelaxation(),
               let aggregated = try lpSolution(relaxation.model, seconds: seconds(index)) {
                part = max(part, aggregated.bound)
                var assigned = [Double](repeating: 0, count: model.groups.count)
                for (column, group) in relaxation.groups.enumerated() { assigned[group] = aggregated.values[column] }
                shares = model.trainedShares(assignedByGroup: assigned)
            }
            var pricingOptions = options.solverOptions(remaining: max(1, min(seconds(index) - (clock.elapsedSeconds - started), remaining - 1)))
            pricingOptions.progress = nil
            let priced = remaining > 3 ? try model.mip.pricedLPBound(
                startingWith: model.pricingStart(likely: LikelyTeachers(instance: instance, margin: options.tuning.likelyTeachersPerSeat).forBlock(blocks[index])),
                solver: solver, options: pricingOptions
            )
                : nil
            if let priced, priced.bound > part {
                part = priced.bound
                shares = model.trainedShares(priced.values)
            }
            let districts = SolveBlock.blocks(of: instance, regionLinkKm: options.tuning.regionLinkKm).filter { $0.programme == blocks[index].programme && $0.district != nil }
            if !districts.isEmpty, priced?.converged != true {
                var districtTotal = 0.0
                for block in districts {
                    let instance = self.instance
                    let districtModel = ModelBuilder(
                        instance: instance, scope: { block.contains($0, in: instance) },
                        quotaRows: { block.ownsQuota($0, in: instance) }
                    ).build()
                    districtTotal += try lpSolution(districtModel.mip, seconds: max(2, seconds(index) / Double(districts.count)))?.bound
                        ?? districtModel.mip.leastObjectiveOverBounds
                }
                part = max(part, districtTotal)
            }
            let pricing = priced.map { "priced \($0.bound) (\($0.converged ? "LP optimum" : "unfinished"), \($0.rounds) rounds)" } ?? "not priced"
            note("bound \(blocks[index].name): \(model.mip.variables.count) columns, LP \(tryLP ? "unfinished" : "skipped"), \(pricing), best \(part)")
            total += part
            for (teacher, share) in shares { training[teacher, default: 0] += share }
        }
        return (total, training)
    }

    /// Multipliers for "a teacher's priority reward counts once" (0 ≤ λ_t ≤ reward_t): every block's reward
    /// for t is lowered by λ_t and Σ λ_t is subtracted once, which keeps the sum of block bounds a bound for
    /// any λ ≥ 0. Each round is a subgradient step of length reward_t: a teacher the programmes' LPs train
    /// k times moves by (k − 1) × reward_t, so a reward is no longer counted twice where another programme
    /// trains the teacher anyway. A winter course for every junior teacher made the county bound 1 % tighter.
    func priorityMultipliers(after previous: [Int: Double], training: [Int: Double]) -> [Int: Double] {
        let weight = instance.weights.priority
        let target = instance.defaults.targetHours
        guard weight > 0, target > 0 else { return [:] }
        var multipliers: [Int: Double] = [:]
        for teacher in Set(previous.keys).union(training.keys).sorted() {
            let reward = weight * max(0, target - instance.teachers[teacher].cycleHours) / target
            let step = reward * ((training[teacher] ?? 0) - 1)
            let value = min(reward, max(0, (previous[teacher] ?? 0) + step))
            if value > 1e-9 { multipliers[teacher] = value }
        }
        return multipliers
    }

    func lpSolution(_ model: Model, seconds: Double) throws -> (bound: Double, values: [Double])? {
        var lpOptions = options.solverOptions(remaining: max(1, min(seconds, remaining - 1)))
        lpOptions.progress = nil
        lpOptions.relaxation = true
        let result = try solver.solve(model, options: lpOptions)
        guard result.termination == .optimal, let bound = result.bound else { return nil }
        return (bound, result.values)
    }
}
