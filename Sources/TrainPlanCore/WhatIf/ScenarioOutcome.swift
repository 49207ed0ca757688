import MIP

/// One solved variant of an instance in a what-if comparison: the base or a scenario.
public struct ScenarioOutcome: Sendable {
    /// Folder name of its plan: `base` or the scenario's name.
    public var name: String
    public var title: String
    public var instance: Instance
    public var result: PlanResult
    /// Per short programme: what stops it in this plan.
    public var reasons: [ShortfallExplainer.Reason] = []
    /// Per short programme: which rules, once lifted, fill seats (empty when not diagnosed).
    public var diagnosis: [ShortfallDiagnosis.Finding] = []

    /// Solves `instance` (starting from `startingPlan`, the base plan, when given); when the plan is short of a
    /// quota, explains it and, given `diagnosisTime` seconds, diagnoses it by relaxation.
    public static func solve(name: String, title: String, instance: Instance, options: PlanningOptions,
                             diagnosisTime: Double?, startingPlan: Plan? = nil, solver: any MIPSolver) throws -> ScenarioOutcome {
        var options = options
        options.startingPlan = startingPlan
        let result = try PlanSolver(instance: instance, solver: solver).solve(options)
        var outcome = ScenarioOutcome(name: name, title: title, instance: instance, result: result)
        guard result.metrics.shortfallTotal > 0 else { return outcome }
        outcome.reasons = ShortfallExplainer(instance: instance, plan: result.plan, proven: result.provenShortfall,
                                             planIsOptimal: result.status == .optimal).explain()
        if let diagnosisTime {
            outcome.diagnosis = try ShortfallDiagnosis(instance: instance, plan: result.plan, timeLimit: diagnosisTime, solver: solver).diagnose()
        }
        return outcome
    }

    /// Teachers assigned to each programme (by id).
    public var assignedByProgramme: [String: Int] {
        var counts: [String: Int] = [:]
        for cohort in result.plan.cohorts { counts[instance.programmes[cohort.programme].id, default: 0] += cohort.teachers.count }
        return counts
    }
}
