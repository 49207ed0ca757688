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

    public init() {}

    /// The options as stamped on a plan: only what changes the result.
    public var stamp: [String: String] {
        var stamp = ["relative_gap": "\(relativeGap)"]
        if let timeLimit { stamp["time_limit"] = "\(timeLimit)" }
        return stamp
    }
}
