/// How good a returned plan is (summary.json `status`).
public enum PlanStatus: String, Sendable {
    /// Proven within the requested relative gap.
    case optimal
    /// Keeps every hard rule; gap larger than requested.
    case feasible
    case infeasible
    case error
}
