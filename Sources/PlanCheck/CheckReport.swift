/// What checking a plan folder found: the broken rules and the KPIs recomputed from the plan.
public struct CheckReport: Sendable {
    public var violations: [Violation]
    public var kpis: PlanKPIs
    /// Recomputed from `kpis` and the instance's weights, whatever `summary.json` claims.
    public var objective: Double
    /// False for a hand-written plan without `summary.json`: only the rules were checked.
    public var summaryChecked: Bool
    /// False when cohorts.csv or assignments.csv could not be read at all: the report then lists only the file
    /// problems (every rule would otherwise "fail" for a plan that was never read), and `kpis` are empty.
    public var planRead: Bool
    /// What is worth a planner's look but breaks no rule, so the plan stays valid: columns of assignments.csv
    /// kept for reading that say otherwise than cohorts.csv (a teacher moved by editing the cohort cell leaves
    /// them stale; an edit to them moves nobody).
    public var notes: [Violation] = []

    public init(violations: [Violation], kpis: PlanKPIs, objective: Double, summaryChecked: Bool, planRead: Bool = true) {
        self.violations = violations
        self.kpis = kpis
        self.objective = objective
        self.summaryChecked = summaryChecked
        self.planRead = planRead
    }

    public var isValid: Bool { violations.isEmpty }
}
