import Foundation
import GLPKSolver
import MIP

/// The solve path for instances too large for one GLPK MIP, in this order:
/// 1. plan: `SolveBlock`s solved in order, each a small MIP over its own candidates with every earlier
///    block's cohorts fixed (`FixedPart`), so each block sees only the rooms, teams, dates and away caps left;
/// 2. bound: the sum over programmes of each programme's own LP bound with the rules that join programmes
///    dropped (a relaxation, so a valid bound for the SPEC optimum), except "a teacher's priority reward
///    counts once", which is priced by Lagrange multipliers; the whole model's LP when that is cheap;
/// 3. improvement: each block is solved again with all other blocks fixed, and the new plan is kept when
///    its SPEC objective is lower; it stops early enough to leave time for
/// 4. multiplier rounds: subgradient steps that tighten the bound; then improvement again if time is left.
struct DecomposedSolve {
    let instance: Instance
    let solver: any MIPSolver
    let options: PlanningOptions
    let clock: ContinuousClock.Instant

    private var budget: Double { options.timeLimit ?? options.decomposedDefaultTime }
    private var remaining: Double { budget - clock.elapsedSeconds }
    private var stopRequested: Bool { options.shouldStop?() ?? false }

    /// `wholeModel`: the whole instance's model when its LP is cheap enough to add to the bound, else nil
    /// (a city's whole model takes over a gigabyte, and only its size is reported).
    func run(modelSize: ModelSize, wholeModel: PlanningModel?) throws -> PlanResult {
        let instance = self.instance
        let blocks = SolveBlock.blocks(of: instance)
        // Whole programmes bound better than their district blocks: the programme's total quota stays in.
        let programmeBlocks = instance.programmes.indices.map {
            SolveBlock(programme: $0, district: nil, name: instance.programmes[$0].id)
        }
        // Time is shared out by block size: candidates × teachers who may join them.
        let candidates = CandidateGenerator(instance: instance).candidates()
        let schoolsByID = Dictionary(instance.schools.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let weights = blocks.map { block in
            let programme = instance.programmes[block.programme]
            let teachers = instance.teachers.indices.filter { index in
                let teacher = instance.teachers[index]
                return instance.meetsProfile(teacher, of: programme) && (block.teachers?.contains(index) ?? true)
                    && (block.district == nil || schoolsByID[teacher.school]?.district == block.district)
            }.count
            return Double(max(1, teachers * candidates.filter { block.contains($0, in: instance) }.count))
        }
        let totalWeight = weights.reduce(0, +)
        func share(_ block: Int, of seconds: Double) -> Double { max(2, seconds * weights[block] / totalWeight) }

        // A first plan before the bound, so that an interrupted solve still has one to write.
        var plan = Plan(cohorts: [])
        var nodes = 0
        let constructionTime = 0.45 * budget
        for (index, block) in blocks.enumerated() where !stopRequested {
            let outcome = try solveBlock(block, keeping: plan, seconds: share(index, of: constructionTime))
            plan = outcome.plan
            nodes += outcome.nodes
            note("block \(block.name): objective \(PlanMetrics(instance: instance, plan: plan).objective)")
            report(plan, bound: nil)
        }

        // The first multipliers come from the plan: a teacher it trains k > 1 times would count k rewards.
        var multipliers = priorityMultipliers(after: [:], training: plan.cohorts.reduce(into: [:]) { counts, cohort in
            for teacher in cohort.teachers { counts[teacher, default: 0] += 1 }
        })
        var firstModels = boundModels(programmeBlocks, multipliers: multipliers)
        let boundColumns = firstModels.map { Double(max(1, $0.mip.variables.count)) }
        let boundWeight = boundColumns.reduce(0, +)
        let boundSeconds = { (index: Int) in
            max(min(8, 0.15 * self.budget), 0.3 * self.budget * boundColumns[index] / boundWeight)
        }
        let boundStart = clock.elapsedSeconds
        let firstPass = try boundPass(programmeBlocks, firstModels, seconds: boundSeconds)
        firstModels = []  // a city's programme models hold a gigabyte
        let passSeconds = clock.elapsedSeconds - boundStart
        var bound: Double? = firstPass.bound - multipliers.values.reduce(0, +)
        if let wholeModel, wholeModel.mip.variables.count <= options.wholeModelLPColumnLimit, !stopRequested {
            var lpOptions = options.solverOptions(remaining: max(1, 0.2 * budget))
            lpOptions.relaxation = true
            lpOptions.progress = nil
            let relaxation = try solver.solve(wholeModel.mip, options: lpOptions)
            if relaxation.termination == .optimal, let objective = relaxation.objective {
                bound = max(bound ?? objective, objective)
            }
        }
        report(plan, bound: bound)

        // Never worse than filling the quotas by hand: the greedy plan replaces a weaker first plan.
        var objective = PlanMetrics(instance: instance, plan: plan).objective
        let greedy = GreedyPlanner(instance: instance).plan()
        let greedyObjective = PlanMetrics(instance: instance, plan: greedy).objective
        if greedyObjective < objective {
            note("greedy plan \(greedyObjective) replaces first plan \(objective)")
            plan = greedy
            objective = greedyObjective
            report(plan, bound: bound)
        }

        // Re-solve a block only when some other block changed since it was last solved.
        var changedSince = [Bool](repeating: false, count: blocks.count)
        var lastChange = blocks.count - 1
        var index = 0
        var round = 0
        var converged = false
        func closeEnough() -> Bool {
            guard let bound else { return false }
            return (objective - bound) / max(1, abs(objective)) <= options.relativeGap
        }
        /// Block re-solves until they stop improving, or until only `reserve` seconds are left.
        func improve(leaving reserve: Double) throws {
            while !converged, remaining - reserve > 2, !stopRequested, round < options.improvementRounds, !closeEnough() {
                let block = blocks[index]
                if changedSince[index] || round == 0 {
                    let others = Plan(cohorts: plan.cohorts.filter { !block.owns($0, in: instance) })
                    let seconds = min(remaining - reserve - 1, share(index, of: remaining - reserve))
                    let outcome = try solveBlock(block, keeping: others, seconds: seconds)
                    nodes += outcome.nodes
                    let candidate = PlanMetrics(instance: instance, plan: outcome.plan).objective
                    changedSince[index] = false
                    if candidate < objective - 1e-6 {
                        plan = outcome.plan
                        objective = candidate
                        lastChange = index
                        for other in blocks.indices where other != index { changedSince[other] = true }
                        note("improved \(block.name): objective \(objective)")
                        report(plan, bound: bound)
                    }
                }
                index = (index + 1) % blocks.count
                if index == 0 { round += 1 }
                if index == (lastChange + 1) % blocks.count, !changedSince.contains(true), round > 0 { converged = true }
            }
        }
        // The plan first, keeping time for the multiplier rounds (each takes about as long as the first pass),
        // then the bound, then the plan again with what is left.
        try improve(leaving: min(0.35 * budget, Double(options.multiplierRounds) * passSeconds))

        // Subgradient steps on the multipliers from the programmes' LP solutions, and the LPs run again.
        var training = firstPass.training
        for _ in 0..<options.multiplierRounds where remaining > passSeconds + 1 && !stopRequested && !closeEnough() {
            multipliers = priorityMultipliers(after: multipliers, training: training)
            guard !multipliers.isEmpty else { break }
            let pass = try boundPass(programmeBlocks, boundModels(programmeBlocks, multipliers: multipliers), seconds: boundSeconds)
            let total = pass.bound - multipliers.values.reduce(0, +)
            note("bound with priority multipliers on \(multipliers.count) teachers: \(total)")
            bound = max(bound ?? total, total)
            training = pass.training
            report(plan, bound: bound)
        }
        try improve(leaving: 0)

        return PlanResult(
            // The bound is a proof: within the requested gap the plan counts as optimal (PlanResult grades it).
            instance: instance, plan: plan, provenOptimal: true, failed: false, bound: bound,
            seconds: clock.elapsedSeconds, nodes: nodes,
            modelSize: modelSize, options: options,
            solverVersion: GLPKSolver.version
        )
    }

    /// Each programme alone with its own quotas, every teacher's priority reward lowered by their multiplier.
    private func boundModels(_ blocks: [SolveBlock], multipliers: [Int: Double]) -> [PlanningModel] {
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
    private func boundPass(
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
    private func priorityMultipliers(after previous: [Int: Double], training: [Int: Double]) -> [Int: Double] {
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

    private func lpSolution(_ model: Model, seconds: Double) throws -> (bound: Double, values: [Double])? {
        var lpOptions = options.solverOptions(remaining: seconds)
        lpOptions.progress = nil
        lpOptions.relaxation = true
        let result = try solver.solve(model, options: lpOptions)
        guard result.termination == .optimal, let bound = result.bound else { return nil }
        return (bound, result.values)
    }

    /// Solves one block with `kept` fixed; returns `kept` plus the block's cohorts. A block with many columns
    /// is first solved as an LP, and the MIP is then restricted to the candidates the LP opens at all:
    /// GLPK finds good plans quickly on such a model, where on the whole block it often finds none in time.
    private func solveBlock(_ block: SolveBlock, keeping kept: Plan, seconds: Double) throws -> (plan: Plan, nodes: Int) {
        let fixed = FixedPart(instance: instance, plan: kept)
        let instance = self.instance
        let deadline = clock.elapsedSeconds + seconds
        var support: Set<CandidateKey>?
        let likely = LikelyTeachers(instance: instance).forBlock(block) ?? block.teachers
        var builder = ModelBuilder(instance: instance, fixed: fixed, scope: { block.contains($0, in: instance) })
        builder.teachers = likely
        builder.countsUnreachableShortfall = false
        let blockModel = builder.build()
        if blockModel.mip.variables.count > options.restrictToLPSupportAbove {
            var lpOptions = options.solverOptions(remaining: max(1, 0.7 * seconds))
            lpOptions.relaxation = true
            lpOptions.progress = nil
            let relaxation = try solver.solve(blockModel.mip, options: lpOptions)
            if relaxation.hasSolution {
                support = Set(blockModel.candidates.indices.filter { relaxation.values[blockModel.openings[$0].index] > 1e-6 }
                    .map { CandidateKey(blockModel.candidates[$0]) })
            }
        }
        var singletons = Set<Int>()
        while true {
            let restriction = support
            var restricted = ModelBuilder(
                instance: instance, singletons: singletons, fixed: fixed,
                scope: { block.contains($0, in: instance) && (restriction?.contains(CandidateKey($0)) ?? true) }
            )
            restricted.teachers = likely
            restricted.countsUnreachableShortfall = false
            let model = singletons.isEmpty && restriction == nil ? blockModel : restricted.build()
            var blockOptions = options.solverOptions(remaining: max(1, deadline - clock.elapsedSeconds))
            blockOptions.progress = nil
            let result = try solver.solve(model.mip, options: blockOptions)
            note("  \(block.name): \(model.mip.variables.count) columns\(restriction == nil ? "" : " (LP support)"), \(result.termination)")
            guard result.hasSolution else { return (kept, result.nodes) }
            switch PlanDecoder(instance: instance, model: model, fixed: fixed).decode(result.values) {
            case .needsSingletons(let teachers): singletons.formUnion(teachers)
            case .plan(let plan): return (plan, result.nodes)
            }
        }
    }

    /// A line for the verbose log, stamped with the elapsed time.
    private func note(_ text: String) {
        options.log?(String(format: "[%6.1f s] ", clock.elapsedSeconds) + text)
    }

    /// Shows progress, and logs it as one line the benchmark runner reads (time to reach a gap).
    private func report(_ plan: Plan, bound: Double?) {
        let incumbent = PlanMetrics(instance: instance, plan: plan).objective
        note("progress: incumbent \(incumbent) bound \(bound.map { "\($0)" } ?? "none")")
        options.progress?(SolveProgress(incumbent: incumbent, bound: bound, seconds: clock.elapsedSeconds, nodes: 0))
    }
}

extension SolveBlock {
    func owns(_ cohort: Cohort, in instance: Instance) -> Bool {
        cohort.programme == programme && covers(site: cohort.site, in: instance)
    }
}
