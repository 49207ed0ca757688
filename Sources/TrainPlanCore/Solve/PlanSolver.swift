import Foundation
import GLPKSolver
import MIP

/// Solves an instance. Small models go to GLPK whole; larger ones are decomposed (`DecomposedSolve`):
/// the LP relaxation of the whole model gives the bound, programme blocks solved one after another give
/// the plan, and re-solving each block with the rest fixed improves it while time remains.
public struct PlanSolver: Sendable {
    public let instance: Instance
    public let solver: any MIPSolver

    public init(instance: Instance, solver: any MIPSolver = GLPKSolver()) {
        self.instance = instance
        self.solver = solver
    }

    public func solve(_ options: PlanningOptions = PlanningOptions()) throws -> PlanResult {
        let problems = options.tuning.problems()
        guard problems.isEmpty else { throw InvalidTuning(problems: problems) }
        let clock = ContinuousClock.now
        var model: PlanningModel? = ModelBuilder(instance: instance).build()
        let columns = model!.mip.variables.count
        options.log?(String(format: "[%6.1f s] whole model built: %d rows, %d columns", clock.elapsedSeconds,
                            model!.mip.constraints.count, columns))
        let strategy = options.strategy ?? (columns <= options.tuning.wholeModelColumnLimit ? .whole : .decomposed)
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
            let cheapLP = columns <= options.tuning.wholeModelLPColumnLimit ? model : nil
            model = nil  // freed before the blocks are solved
            return try DecomposedSolve(instance: instance, solver: solver, options: options, clock: clock)
                .run(modelSize: size, wholeModel: cheapLP)
        }
    }

    /// One MIP over the whole instance; teachers whose group counts cannot be split into timetables are
    /// ungrouped and the model is solved again.
    private func solveWhole(_ first: PlanningModel, _ options: PlanningOptions, clock: ContinuousClock.Instant) throws -> PlanResult {
        var model = first
        var singletons = Set<Int>()
        while true {
            var mipOptions = options.solverOptions(remaining: options.remaining(since: clock))
            mipOptions.startingSolution = options.startingPlan.map { model.startingValues(for: $0) }
            let result = try solver.solve(model.mip, options: mipOptions)
            // No incumbent in time: build a plan block by block instead of returning an empty one.
            if !result.hasSolution, result.termination == .timeLimit || result.termination == .interrupted,
               !(options.shouldStop?() ?? false) {
                var fallback = options
                fallback.timeLimit = clock.elapsedSeconds + max(10, (options.timeLimit ?? options.tuning.decomposedDefaultTime) / 2)
                return try DecomposedSolve(instance: instance, solver: solver, options: fallback, clock: clock).run(
                    modelSize: ModelSize(model: model, teachers: instance.teachers.count), wholeModel: model
                )
            }
            let values = result.hasSolution ? result.values : [Double](repeating: 0, count: model.mip.variables.count)
            switch PlanDecoder(instance: instance, model: model).decode(values) {
            case .needsSingletons(let teachers):
                singletons.formUnion(teachers)
                model = ModelBuilder(instance: instance, singletons: singletons).build()
            case .plan(let plan):
                let termination: TerminationReason = result.termination
                return PlanResult(
                    instance: instance, plan: plan, provenOptimal: termination == .optimal, failed: termination == .error,
                    bound: result.bound, seconds: clock.elapsedSeconds, nodes: result.nodes,
                    modelSize: ModelSize(model: model, teachers: instance.teachers.count), options: options,
                    solverVersion: GLPKSolver.version
                )
            }
        }
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
