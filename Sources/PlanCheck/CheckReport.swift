/// What checking a plan folder found: the broken rules and the KPIs recomputed from the plan.
public struct CheckReport: Sendable {
    public var violations: [Violation]
    public var kpis: PlanKPIs
    /// Recomputed from `kpis` and the instance's weights, whatever `summary.json` claims.
    public var objective: Double
    /// False for a hand-written plan without `summary.json`: only the rules were checked.
    public var summaryChecked: Bool

    public init(violations: [Violation], kpis: PlanKPIs, objective: Double, summaryChecked: Bool) {
        self.violations = violations
        self.kpis = kpis
        self.objective = objective
        self.summaryChecked = summaryChecked
    }

    public var isValid: Bool { violations.isEmpty }
}
