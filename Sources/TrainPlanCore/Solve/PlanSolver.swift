import Foundation
import GLPKSolver
import MIP

/// Solves an instance: builds the aggregated model, solves it with GLPK, and reads the plan back.
/// When a group's counts cannot be split into individual timetables, those teachers are ungrouped and
/// the model is solved again (the aggregated model is a relaxation, so its bound stays valid).
public struct PlanSolver: Sendable {
    public let instance: Instance
    public let solver: any MIPSolver

    public init(instance: Instance, solver: any MIPSolver = GLPKSolver()) {
        self.instance = instance
        self.solver = solver
    }

    public func solve(_ options: PlanningOptions = PlanningOptions()) throws -> PlanResult {
        let clock = ContinuousClock.now
        var singletons = Set<Int>()
        while true {
            let model = ModelBuilder(instance: instance, singletons: singletons).build()
            var mipOptions = SolverOptions()
            mipOptions.relativeGap = options.relativeGap
            if let limit = options.timeLimit {
                mipOptions.timeLimit = max(1, limit - clock.elapsedSeconds)
            }
            mipOptions.progress = options.progress
            mipOptions.shouldStop = options.shouldStop
            mipOptions.log = options.log
            let result = try solver.solve(model.mip, options: mipOptions)

            let values = result.hasSolution ? result.values : emptyPlanValues(model)
            switch PlanDecoder(instance: instance, model: model).decode(values) {
            case .needsSingletons(let teachers):
                singletons.formUnion(teachers)
                continue
            case .plan(let plan):
                let metrics = PlanMetrics(instance: instance, plan: plan)
                let bound = min(result.bound ?? trivialBound, metrics.objective)
                let gap = max(0, metrics.objective - bound) / max(1, abs(metrics.objective))
                let status: PlanStatus = switch result.termination {
                case .error: .error
                case .optimal where gap <= options.relativeGap: .optimal
                default: .feasible
                }
                return PlanResult(
                    plan: plan, metrics: metrics, status: status, objective: metrics.objective, bound: bound,
                    seconds: clock.elapsedSeconds, nodes: result.nodes,
                    modelSize: ModelSize(model: model, teachers: instance.teachers.count),
                    options: options, solverVersion: GLPKSolver.version
                )
            }
        }
    }

    /// No plan costs less than this: every cost term is non-negative except the priority reward,
    /// which is at most the reward for training every teacher.
    private var trivialBound: Double {
        let target = instance.defaults.targetHours
        guard target > 0 else { return 0 }
        return -instance.weights.priority * instance.teachers.reduce(0.0) { $0 + max(0, target - $1.cycleHours) / target }
    }

    /// All-zero assignments: the plan that trains nobody, feasible for every instance (quota minimums are elastic).
    private func emptyPlanValues(_ model: PlanningModel) -> [Double] {
        [Double](repeating: 0, count: model.mip.variables.count)
    }
}

extension ContinuousClock.Instant {
    var elapsedSeconds: Double {
        let duration = ContinuousClock.now - self
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
