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
    /// nil = whole model up to `wholeModelColumnLimit` columns, decomposed above.
    public var strategy: Strategy? = nil
    public var wholeModelColumnLimit = 20_000
    /// A decomposed solve also bounds with the whole model's LP up to this many columns.
    public var wholeModelLPColumnLimit = 30_000
    /// A decomposed solve restricts a block's MIP to the candidates its LP opens above this many columns.
    public var restrictToLPSupportAbove = 2_000
    /// Two blocks of a decomposed solve (regions of one programme, or blocks competing for teachers) are
    /// re-solved together up to this many columns (their MIP is then restricted to the candidates its LP opens).
    public var pairColumnLimit = 60_000
    /// Rounds of block re-solves after a decomposed solve's first plan.
    public var improvementRounds = 3
    /// A decomposed solve bounds a programme with more columns by its aggregated relaxation and by column
    /// generation instead of its whole LP: GLPK took 127 s on a city's 国培 LP (108k columns), column
    /// generation 3 rounds.
    public var boundLPColumnLimit = 50_000
    /// Subgradient rounds on the priority multipliers of a decomposed solve's bound (each solves every
    /// programme's LP again).
    public var multiplierRounds = 2
    /// Time for a decomposed solve when no limit is given (seconds).
    public var decomposedDefaultTime: Double = 120

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
        return stamp
    }
}
