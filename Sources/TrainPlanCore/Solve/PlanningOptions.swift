import MIP

/// What a planner can set for a solve (`trainplan solve` flags).
public struct PlanningOptions: Sendable {
    /// Seconds for the whole solve; nil = until proven within `relativeGap`.
    public var timeLimit: Double? = nil
    /// Relative gap at which a plan counts as optimal (SPEC default 1e-4).
    public var relativeGap: Double = 1e-4
    public var progress: (@Sendable (SolveProgress) -> Void)? = nil
    public var shouldStop: (@Sendable () -> Bool)? = nil
    public var log: (@Sendable (String) -> Void)? = nil
    /// A plan to start from (a what-if scenario starts from the base plan): offered to GLPK as its first
    /// incumbent when it keeps every rule of this instance's model; a decomposed solve starts from it when
    /// `planKeepsRules` says it keeps every hard rule.
    public var startingPlan: Plan? = nil
    /// Whether a plan keeps every hard rule of an instance, teacher by teacher. The app injects its plan
    /// checker: the grouped model's rows alone do not prove it (one teacher of a group could be in two cohorts
    /// on one date), and the checker sits above this module. nil: a decomposed solve ignores `startingPlan`.
    public var planKeepsRules: (@Sendable (Instance, Plan) -> Bool)? = nil
    /// nil = whole model up to `tuning.wholeModelColumnLimit` columns, decomposed above.
    public var strategy: Strategy? = nil
    /// How the search spends its time (`SearchTuning`).
    public var tuning = SearchTuning()
    /// Within a decomposed solve: the highest plan objective that would end the solve now (nil: none would),
    /// at which a sub-MIP stops (`SolverOptions.stopAtPlanGoal`). Set by `DecomposedSolve.untilProven`.
    var planObjectiveGoal: (@Sendable () -> Double?)? = nil

    public enum Strategy: String, Sendable, CaseIterable {
        case whole, decomposed
    }

    public init() {}

    /// The options as stamped on a plan: only what changes the result.
    public var stamp: [String: String] {
        var stamp = ["relative_gap": "\(relativeGap)"]
        if let timeLimit { stamp["time_limit"] = "\(timeLimit)" }
        if let strategy { stamp["strategy"] = strategy.rawValue }
        if startingPlan != nil { stamp["starting_plan"] = "given" }
        stamp.merge(tuning.changes) { a, _ in a }
        return stamp
    }
}
