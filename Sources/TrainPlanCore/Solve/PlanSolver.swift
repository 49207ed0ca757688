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
        let clock = ContinuousClock.now
        var model: PlanningModel? = ModelBuilder(instance: instance).build()
        let columns = model!.mip.variables.count
        options.log?(String(format: "[%6.1f s] whole model built: %d rows, %d columns", clock.elapsedSeconds,
                            model!.mip.constraints.count, columns))
        let strategy = options.strategy ?? (columns <= options.wholeModelColumnLimit ? .whole : .decomposed)
        switch strategy {
        case .whole:
            return try solveWhole(model!, options, clock: clock)
        case .decomposed:
            let size = ModelSize(model: model!, teachers: instance.teachers.count)
            let cheapLP = columns <= options.wholeModelLPColumnLimit ? model : nil
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
            // No incumbent in time: never an empty plan. Blocks one by one when the user's limit leaves time for
            // them (the limit bounds the whole run), else the greedy plan, which takes about a second.
            if !result.hasSolution, result.termination == .timeLimit || result.termination == .interrupted {
                let size = ModelSize(model: model, teachers: instance.teachers.count)
                let remaining = options.timeLimit.map { $0 - clock.elapsedSeconds } ?? .infinity
                guard !(options.shouldStop?() ?? false), remaining >= Self.shortestFallbackSolve else {
                    return greedyResult(bound: result.bound, nodes: result.nodes, modelSize: size, options, clock: clock)
                }
                var fallback = options
                if options.timeLimit == nil {
                    fallback.decomposedDefaultTime = clock.elapsedSeconds + max(10, options.decomposedDefaultTime / 2)
                }
                return try DecomposedSolve(instance: instance, solver: solver, options: fallback, clock: clock).run(
                    modelSize: size, wholeModel: model
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

extension PlanSolver {
    /// Seconds a block-by-block solve needs to do better than the greedy plan.
    static let shortestFallbackSolve = 10.0

    /// The greedy plan as the result of a search that found nothing better in time; the solver's bound stays.
    func greedyResult(bound: Double?, nodes: Int, modelSize: ModelSize, _ options: PlanningOptions,
                      clock: ContinuousClock.Instant) -> PlanResult {
        options.log?(String(format: "[%6.1f s] no plan from the search in time: the greedy plan is kept", clock.elapsedSeconds))
        return PlanResult(
            instance: instance, plan: GreedyPlanner(instance: instance).plan(), provenOptimal: false, failed: false,
            bound: bound, seconds: clock.elapsedSeconds, nodes: nodes, modelSize: modelSize, options: options,
            solverVersion: GLPKSolver.version
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
