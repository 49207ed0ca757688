import TrainPlanCore

/// The resolved cohorts of a plan together with the instance facts every rule looks up.
/// Each rule lives in its own file as an extension.
struct PlanAudit {
    let instance: Instance
    let cohorts: [PlannedCohort]
    let schools: [String: School]
    /// Teachers of each school in teachers.csv (SPEC: staff counts every one of them).
    let staff: [String: Int]

    init(instance: Instance, cohorts: [PlannedCohort]) {
        self.instance = instance
        self.cohorts = cohorts
        schools = Dictionary(instance.schools.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        staff = instance.teachers.reduce(into: [:]) { counts, teacher in counts[teacher.school, default: 0] += 1 }
    }

    /// Every hard rule, in the order of the SPEC.
    var violations: [Violation] {
        cohorts.flatMap(scheduleViolations)
            + eligibilityViolations
            + programmeLimitViolations
            + dateClashViolations
            + cohortSizeViolations
            + siteCapacityViolations
            + teamPoolViolations
            + quotaViolations
            + awayCapViolations
    }

    /// Each (teacher, cohort) pair of the plan.
    var assignments: [(teacher: Teacher, cohort: PlannedCohort)] {
        cohorts.flatMap { cohort in cohort.teachers.map { (teacher: $0, cohort: cohort) } }
    }

    func district(of teacher: Teacher) -> String? { schools[teacher.school]?.district }
}
