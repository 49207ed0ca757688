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
    /// incumbent when it keeps every rule of this instance's model.
    public var startingPlan: Plan? = nil
    /// nil = whole model up to `tuning.wholeModelColumnLimit` columns, decomposed above.
    public var strategy: Strategy? = nil
    /// How the search spends its time (`SearchTuning`).
    public var tuning = SearchTuning()

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
