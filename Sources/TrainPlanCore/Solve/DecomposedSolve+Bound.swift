import MIP

/// The bound of a decomposed solve: programme by programme, with priority multipliers (see `run`).
extension DecomposedSolve {
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
    /// When a programme's LP does not finish in its time, the better of its aggregated relaxation's LP and
    /// its district blocks' LPs (the programme's total quota dropped) stands in; at worst, its objective's
    /// least value over the variables' bounds.
    /// Also returns, per teacher, how much of them the programmes' LPs train in all (1 = once).
    func boundPass(
        _ blocks: [SolveBlock], _ models: [PlanningModel], seconds: (Int) -> Double
    ) throws -> (bound: Double, training: [Int: Double]) {
        var total = 0.0
        var training: [Int: Double] = [:]
        for (index, model) in models.enumerated() {
            if stopRequested {
                total += model.mip.leastObjectiveOverBounds
                continue
            }
            let tryLP = model.mip.variables.count <= options.boundLPColumnLimit
            if tryLP, let solution = try lpSolution(model.mip, seconds: seconds(index)) {
                note("bound \(blocks[index].name): \(model.mip.variables.count) columns, \(solution.bound)")
                total += solution.bound
                for (teacher, share) in model.trainedShares(solution.values) { training[teacher, default: 0] += share }
                continue
            }
            // Unfinished: the best of the programme's aggregated relaxation and its district blocks' LPs.
            var part = model.mip.leastObjectiveOverBounds
            var aggregatedShares: [Int: Double] = [:]
            if let relaxation = model.aggregatedRelaxation(),
               let aggregated = try lpSolution(relaxation.model, seconds: seconds(index)) {
                part = max(part, aggregated.bound)
                var assigned = [Double](repeating: 0, count: model.groups.count)
                for (column, group) in relaxation.groups.enumerated() { assigned[group] = aggregated.values[column] }
                aggregatedShares = model.trainedShares(assignedByGroup: assigned)
            }
            let districts = SolveBlock.blocks(of: instance).filter { $0.programme == blocks[index].programme && $0.district != nil }
            if !districts.isEmpty {
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
            note("bound \(blocks[index].name): \(model.mip.variables.count) columns, LP \(tryLP ? "unfinished" : "skipped"), aggregated or by districts \(part)")
            total += part
            for (teacher, share) in aggregatedShares { training[teacher, default: 0] += share }
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
        var lpOptions = options.solverOptions(remaining: seconds)
        lpOptions.progress = nil
        lpOptions.relaxation = true
        let result = try solver.solve(model, options: lpOptions)
        guard result.termination == .optimal, let bound = result.bound else { return nil }
        return (bound, result.values)
    }
}
