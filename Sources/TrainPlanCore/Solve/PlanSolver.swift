import Foundation
import MIP

/// Solves an instance. Small models go to GLPK whole; larger ones are decomposed (`DecomposedSolve`):
/// the LP relaxation of the whole model gives the bound, programme blocks solved one after another give
/// the plan, and re-solving each block with the rest fixed improves it while time remains.
public struct PlanSolver: Sendable {
    public let instance: Instance
    public let solver: any MIPSolver

    /// `solver`: the MIP backend (the CLI gives GLPK's); it names itself on every plan (`MIPSolver.version`).
    public init(instance: Instance, solver: any MIPSolver) {
        self.instance = instance
        self.solver = solver
    }

    public func solve(_ options: PlanningOptions = PlanningOptions()) throws -> PlanResult {
        let issues = options.tuning.issues()
        guard issues.isEmpty else { throw InvalidTuning(issues: issues) }
        let clock = ContinuousClock.now
        let builder = ModelBuilder(instance: instance)
        let layout = builder.layout()
        // The layout's columns are a floor on the model's: above every whole-model limit the model is not built.
        let tuning = options.tuning
        let usefulLimit = max(tuning.wholeModelColumnLimit, tuning.wholeModelLPColumnLimit)
        guard options.strategy == .whole || layout.decisionColumns <= usefulLimit else {
            options.log?(String(format: "[%6.1f s] whole model not built: at least %d columns", clock.elapsedSeconds,
                                layout.decisionColumns))
            return try DecomposedSolve(instance: instance, solver: solver, options: options, clock: clock)
                .run(modelSize: ModelSize(layout: layout, teachers: instance.teachers.count), wholeModel: nil)
        }
        var model: PlanningModel? = builder.build(layout)
        let columns = model!.mip.variables.count
        options.log?(String(format: "[%6.1f s] whole model built: %d rows, %d columns", clock.elapsedSeconds,
                            model!.mip.constraints.count, columns))
        let strategy = options.strategy ?? (columns <= tuning.wholeModelColumnLimit ? .whole : .decomposed)
        switch strategy {
        case .whole:
            var result = try solveWhole(model!, options, clock: clock)
            if result.provenShortfall == nil, result.metrics.shortfallTotal > 0 {
                // Small models: each short programme's seat LP takes well under a second.
                let seconds = min(10, max(1, (options.timeLimit ?? .infinity) - clock.elapsedSeconds))
                result.provenShortfall = try SeatBound(instance: instance, solver: solver, options: options)
                    .unavoidableShortfall(of: result.plan, seconds: seconds)
            }
            return result
        case .decomposed:
            let size = ModelSize(model: model!, teachers: instance.teachers.count)
            let kept = columns <= tuning.wholeModelLPColumnLimit ? model : nil
            model = nil  // freed before the blocks are solved
            return try DecomposedSolve(instance: instance, solver: solver, options: options, clock: clock)
                .run(modelSize: size, wholeModel: kept)
        }
    }

    /// One MIP over the whole instance (`GroupedSolve`), started from the given plan, else from the greedy
    /// plan, so that a solve stopped early always has a plan at least as good as filling quotas by hand.
    private func solveWhole(_ first: PlanningModel, _ options: PlanningOptions, clock: ContinuousClock.Instant) throws -> PlanResult {
        let instance = self.instance
        let start = options.startingPlan ?? GreedyPlanner(instance: instance).plan()
        let grouped = GroupedSolve(instance: instance) { ModelBuilder(instance: instance, singletons: $0).build() }
        let outcome = try grouped.run(firstModel: first) { model in
            var mipOptions = options.solverOptions(remaining: options.remaining(since: clock))
            mipOptions.startingSolution = model.startingValues(for: start)
            return try solver.solve(model.mip, options: mipOptions)
        }
        let termination = outcome.result.termination
        // The greedy plan keeps every rule of this instance; a given starting plan (a scenario's base) may not.
        let floor = options.startingPlan == nil ? start : GreedyPlanner(instance: instance).plan()
        let plan = outcome.plan.map { PlanMetrics(instance: instance, plan: $0).objective <= PlanMetrics(instance: instance, plan: floor).objective ? $0 : floor } ?? floor
        return PlanResult(
            instance: instance, plan: plan, provenOptimal: termination == .optimal, failed: termination == .error,
            bound: outcome.result.bound, seconds: clock.elapsedSeconds, nodes: outcome.nodes,
            modelSize: ModelSize(model: outcome.model, teachers: instance.teachers.count), options: options,
            solverVersion: solver.version
        )
    }
}

extension PlanningOptions {
    func remaining(since clock: ContinuousClock.Instant) -> Double? {
        timeLimit.map { max(1, $0 - clock.elapsedSeconds) }
    }

    func solverOptions(remaining: Double?, gap: Double? = nil) -> SolverOptions {
        var options = SolverOptions()
        options.relativeGap = gap ?? relativeGap
        options.timeLimit = remaining
        options.progress = progress
        options.shouldStop = shouldStop
        options.log = log
        return options
    }
}

extension ContinuousClock.Instant {
    var elapsedSeconds: Double {
        let duration = ContinuousClock.now - self
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
