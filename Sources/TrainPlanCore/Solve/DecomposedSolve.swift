import Foundation
import GLPKSolver
import MIP

/// The solve path for instances too large for one GLPK MIP:
/// 1. bound: the sum over blocks of each block's own MIP bound with the rules that join blocks dropped
///    (a relaxation, so a valid bound for the SPEC optimum), and the whole model's LP when that is cheap;
/// 2. plan: `SolveBlock`s solved in order, each a small MIP over its own candidates with every earlier
///    block's cohorts fixed (`FixedPart`), so each block sees only the rooms, teams, dates and away caps left;
/// 3. improvement: while time remains, each block is solved again with all other blocks fixed, and the
///    new plan is kept when its SPEC objective is lower.
struct DecomposedSolve {
    let instance: Instance
    let solver: any MIPSolver
    let options: PlanningOptions
    let clock: ContinuousClock.Instant

    private var budget: Double { options.timeLimit ?? options.decomposedDefaultTime }
    private var remaining: Double { budget - clock.elapsedSeconds }

    func run(fullModel: PlanningModel) throws -> PlanResult {
        let blocks = SolveBlock.blocks(of: instance)
        var bound = try blockBound(blocks, seconds: 0.25 * budget)
        if fullModel.mip.variables.count <= options.wholeModelLPColumnLimit {
            var lpOptions = options.solverOptions(remaining: max(1, 0.2 * budget))
            lpOptions.relaxation = true
            lpOptions.progress = nil
            let relaxation = try solver.solve(fullModel.mip, options: lpOptions)
            if relaxation.termination == .optimal, let objective = relaxation.objective {
                bound = max(bound ?? objective, objective)
            }
        }

        var plan = Plan(cohorts: [])
        var nodes = 0
        for (position, block) in blocks.enumerated() {
            let share = max(1, 0.5 * remaining / Double(blocks.count - position))
            let outcome = try solveBlock(block, keeping: plan, seconds: share)
            plan = outcome.plan
            nodes += outcome.nodes
            note("block \(block.name): objective \(PlanMetrics(instance: instance, plan: plan).objective)")
            report(plan, bound: bound)
        }

        var objective = PlanMetrics(instance: instance, plan: plan).objective
        improvement: while remaining > 2, !(options.shouldStop?() ?? false) {
            var improved = false
            for block in blocks {
                guard remaining > 2, !(options.shouldStop?() ?? false) else { break improvement }
                let others = Plan(cohorts: plan.cohorts.filter { !block.owns($0, in: instance) })
                let outcome = try solveBlock(block, keeping: others, seconds: min(remaining - 1, max(2, remaining / Double(blocks.count))))
                nodes += outcome.nodes
                let candidate = PlanMetrics(instance: instance, plan: outcome.plan).objective
                if candidate < objective - 1e-6 {
                    plan = outcome.plan
                    objective = candidate
                    improved = true
                    report(plan, bound: bound)
                }
            }
            if !improved { break }
        }

        return PlanResult(
            instance: instance, plan: plan, provenOptimal: false, failed: false, bound: bound,
            seconds: clock.elapsedSeconds, nodes: nodes,
            modelSize: ModelSize(model: fullModel, teachers: instance.teachers.count), options: options,
            solverVersion: GLPKSolver.version
        )
    }

    /// Σ over blocks of a lower bound on each block alone: each block keeps its own rules and quotas, and the
    /// rules that join blocks (a teacher's dates and exclusive groups across programmes, schools' away caps
    /// and shared rooms and teams, the priority reward counted once per teacher, a programme's total quota
    /// over districts) are dropped or split so that each part is a relaxation; concentration costs split
    /// into parts whose sum is at most the whole. nil when a block could not be bounded.
    private func blockBound(_ blocks: [SolveBlock], seconds: Double) throws -> Double? {
        let instance = self.instance
        var total = 0.0
        for (position, block) in blocks.enumerated() {
            let model = ModelBuilder(
                instance: instance, scope: { block.contains($0, in: instance) },
                quotaRows: { block.ownsQuota($0, in: instance) }
            ).build()
            var blockOptions = options.solverOptions(remaining: max(1, (seconds - clock.elapsedSeconds) / Double(blocks.count - position)))
            blockOptions.progress = nil
            let result = try solver.solve(model.mip, options: blockOptions)
            note("bound block \(block.name): \(model.mip.variables.count) columns, \(result.termination), bound \(result.bound.map { "\($0)" } ?? "none")")
            guard let blockBound = result.bound else { return nil }
            total += blockBound
        }
        return total
    }

    /// Solves one block with `kept` fixed; returns `kept` plus the block's cohorts.
    private func solveBlock(_ block: SolveBlock, keeping kept: Plan, seconds: Double) throws -> (plan: Plan, nodes: Int) {
        let fixed = FixedPart(instance: instance, plan: kept)
        let instance = self.instance
        var singletons = Set<Int>()
        while true {
            let model = ModelBuilder(
                instance: instance, singletons: singletons, fixed: fixed,
                scope: { block.contains($0, in: instance) }
            ).build()
            var blockOptions = options.solverOptions(remaining: seconds)
            blockOptions.progress = nil
            let result = try solver.solve(model.mip, options: blockOptions)
            guard result.hasSolution else { return (kept, result.nodes) }
            switch PlanDecoder(instance: instance, model: model, fixed: fixed).decode(result.values) {
            case .needsSingletons(let teachers): singletons.formUnion(teachers)
            case .plan(let plan): return (plan, result.nodes)
            }
        }
    }

    /// A line for the verbose log, stamped with the elapsed time.
    private func note(_ text: String) {
        options.log?(String(format: "[%6.1f s] ", clock.elapsedSeconds) + text + "\n")
    }

    private func report(_ plan: Plan, bound: Double?) {
        options.progress?(SolveProgress(
            incumbent: PlanMetrics(instance: instance, plan: plan).objective, bound: bound,
            seconds: clock.elapsedSeconds, nodes: 0
        ))
    }
}

extension SolveBlock {
    func owns(_ cohort: Cohort, in instance: Instance) -> Bool {
        cohort.programme == programme && (district == nil || instance.sites[cohort.site].district == district)
    }
}
