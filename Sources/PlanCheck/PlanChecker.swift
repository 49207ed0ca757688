import TrainPlanCore

/// Checks a plan folder against its instance, independently of the model that produced it: it re-reads
/// the plan, checks every hard rule (SPEC H1–H8 and schedule validity), recomputes the KPIs and the
/// objective, and compares them with `summary.json` when there is one.
public struct PlanChecker: Sendable {
    public let instance: Instance

    public init(instance: Instance) {
        self.instance = instance
    }

    public func check(planDirectory: String) -> CheckReport {
        let folder = PlanFolder(directory: planDirectory)
        // A plan that could not be read breaks no rule of its own: its file problems are the whole report
        // (before, a missing cohorts.csv also listed every assignment as an unknown cohort, and every quota short).
        guard folder.tablesRead else {
            let empty = PlanAudit(instance: instance, cohorts: []).kpis
            return CheckReport(violations: folder.violations, kpis: empty, objective: empty.objective(weights: instance.weights),
                               summaryChecked: false, planRead: false)
        }
        let resolution = PlanResolution(folder: folder, instance: instance)
        let audit = PlanAudit(instance: instance, cohorts: resolution.cohorts)
        let kpis = audit.kpis
        let objective = kpis.objective(weights: instance.weights)
        var violations = folder.violations + resolution.violations + audit.violations
        if let summary = folder.summary {
            violations += summary.violations(against: kpis, objective: objective, instance: instance)
        }
        var report = CheckReport(violations: violations, kpis: kpis, objective: objective, summaryChecked: folder.summary != nil)
        report.notes = resolution.notes
        return report
    }
}
